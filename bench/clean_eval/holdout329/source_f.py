"""holdout329, part F: exam forums, encyclopaedias, cloud drives, search caches, print views, forwarded mail.

Invented text (places, people, firms, sites, URLs, phones); see ../README.md and ../build.py
for the markup. Every case written by hand.
"""

CASES = [
    dict(
        slug="examforum-anshang-essay-mooncake-mould-reply-to-see",
        site="岸上公考论坛 (invented exam forum)",
        style="公考论坛",
        genre="申论",
        kind="other",
        form="html",
        source="https://bbs.anshanggk.example.com/thread-118305-1-1.html",
        title="从一方月饼模看传统手艺的新生",
        record_title="〖大作文自测〗从一方月饼模看传统手艺的新生（限时50分钟完成）- 申论专区 - 岸上公考论坛",
        date=None,
        notes="exam forum: a reply-to-see prompt, a rating row, a QQ-group ad, a relative 发表于 time (no date), replies asking for grading",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〖大作文自测〗从一方月饼模看传统手艺的新生（限时50分钟完成）- 申论专区 - 岸上公考论坛</title>
<script src="static/js/common.js"></script>
</head>
<body>
<div id="hd">⟦m 岸上公考论坛 — 一起上岸⟧ ⟦a 登录　加入我们⟧</div>
<div class="qun">⟦w 申论批改交流群：QQ 7733091（备注省份）⟧</div>
<div id="pt">⟦m 岸上公考论坛 › 申论专区 › 大作文⟧</div>
<h1 id="thread_subject">⟦t 〖大作文自测〗从一方月饼模看传统手艺的新生（限时50分钟完成）⟧</h1>
<div class="authi">⟦m 楼主　晨读打卡人　发表于 4 天前⟧</div>
<div class="t_f">
<p>{T}</p>
{BODY}
</div>
<div class="locked">⟦a 本帖附有评分细则，回复后刷新可见⟧</div>
<div class="rate">⟦l 评分人数 4　威望 +6⟧</div>
<div class="reply">⟦l 2楼　备考小熊：立意不错，第三段例子可以再具体些⟧</div>
<div class="reply">⟦l 3楼　一研为定：求老师批改，同题我写了38分⟧</div>
<div id="ft">⟦m 岸上公考论坛 京ICP备21008830号⟧</div>
</body>
</html>
""",
        body="""
在莎溪县憩湾镇，七十一岁的老木匠还在一刀一刀地刻月饼模。一方小小的饼模，刻着花鸟，也刻着一门手艺如何在今天活下去的答案。
传统手艺要新生，首先要守住“真”。梨木要三年干透，刻错一刀就得重来，正是这份较真，让老饼模成了年轻人愿意专门订制的好东西。
传统手艺要新生，还要走向“用”。把饼模请进烘焙课堂、社区活动和非遗展馆，让更多人亲手压一块月饼，手艺才有人爱、有人学。
传统手艺要新生，更要找到“人”。师傅带徒弟、职校开专业，手艺才能一代代传下去。
守真、致用、育人，一方饼模的新生之路，也是无数传统手艺的共同出路。
""",
    ),
    dict(
        slug="examforum-anshang-interview-chopstick-rests-junk",
        site="岸上公考论坛 (invented exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="https://bbs.anshanggk.example.com/thread-118977-1-1.html",
        title="单位食堂推行公筷公勺和筷子架，同事嫌麻烦不配合，你怎么办",
        record_title="【面试打卡Day12】单位食堂推行公筷公勺和筷子架，同事嫌麻烦不配合，你怎么办 - 结构化面试 - 岸上公考论坛",
        date=None,
        notes="exam-forum thread as text with forum junk as a line and glued after 。; a relative 发表于 time (no date); floors and a reply-to-see prompt",
        page="""
!m 岸上公考论坛 › 结构化面试 › 打卡练习
!t 【面试打卡Day12】单位食堂推行公筷公勺和筷子架，同事嫌麻烦不配合，你怎么办
!m 楼主　上岸许愿中　发表于 昨天 22:41　　只看楼主
{BODY}
!a 本帖隐藏的参考答案需要回复才能浏览
!l 2楼　阿禾加油：打卡，第三点思路很好
!l 3楼　面试官视角：注意别说成批评同事
""",
        junk=dict(lines=1, glued=2),
        body="""
我的作答思路如下，请大家指点。
首先，我会理解同事的想法。公筷公勺和筷子架刚推行，大家吃饭时要多一个动作，一时不习惯很正常，不能简单认为同事不配合。
其次，我会从自己做起。吃饭时主动使用公筷，用完放回筷子架，同桌时顺手把公筷递给同事，用行动带动大家。
再次，我会做好宣传解释。可以向食堂建议在每张餐桌上摆放小提示牌，讲清楚公筷公勺对预防疾病的好处。
最后，我会收集大家的意见。如果有同事觉得筷子架放的位置不方便，我会向食堂反映，及时调整。
""",
    ),
    dict(
        slug="wiki-zhiliao-entry-mooncake-mould-infobox",
        site="知了百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhiliao.example.com/item/月饼模/20417",
        title="月饼模",
        record_title=None,
        date=None,
        notes="encyclopaedia: no record title, the entry name in the <h1> (it also opens the body: matched as head); edit/discuss/history tabs, an infobox, a contents box, reference markers glued after sentences, a references list and an update stamp (no date)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>月饼模_知了百科</title>
<script src="/static/wiki.js"></script>
</head>
<body>
<div class="hd">⟦m 知了百科 · 知道一点，了解一切⟧ ⟦a 登录⟧</div>
<div class="tabs">⟦a 词条　编辑　讨论　历史版本⟧</div>
<h1>{T}</h1>
<div class="summary-tip">⟦m 本词条由知了百科用户共同编辑，最近一次更新于 3 天前⟧</div>
<table class="infobox">
<tr><td>⟦m 中文名：月饼模⟧</td></tr>
<tr><td>⟦m 别　名：饼模、饼印、月饼印⟧</td></tr>
<tr><td>⟦m 材　质：木、陶、铝、硅胶⟧</td></tr>
</table>
<div class="toc">⟦l 目录　1 简介　2 制作　3 收藏⟧</div>
<div class="para">
{BODY}
</div>
<div class="ref"><h3>⟦l 参考资料⟧</h3><p>⟦l [1] 瞻州民俗志编委会. 瞻州民俗志[M]. 瞻州: 瞻州出版社, 2011.⟧</p></div>
<div class="tags">⟦l 词条标签：民俗　厨具　非物质文化遗产⟧</div>
<div class="ft">⟦d 知了百科内容仅供参考，如需专业意见请咨询相关人士。⟧</div>
</body>
</html>
""",
        body="""
月饼模，又称饼模、饼印，是制作月饼时用来压制形状和花纹的模具。⟦l [1]⟧
传统月饼模多用梨木、枣木、椴木等木质细密的硬木雕刻而成，模槽内阴刻花鸟、人物、吉祥文字等图案，压出的饼面呈阳纹。制作时先画样稿，再反向雕刻，一方精细的木模往往要耗费数十个工时。
近代以来，铝合金、塑料和食品级硅胶月饼模逐渐普及，按压式月饼模使用方便，在家庭中较为常见。⟦l [2]⟧
老木质月饼模因图案精美、地方特色鲜明，已成为民俗收藏的门类之一，一些地方的月饼模雕刻技艺被列入非物质文化遗产名录。
""",
    ),
    dict(
        slug="wiki-zhiliao-entry-can-opener-text",
        site="知了百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://baike.zhiliao.example.com/item/开罐器/30288",
        title="开罐器",
        record_title="开罐器 - 知了百科 - 生活用品词条",
        date=None,
        notes="encyclopaedia entry as text: a one-word title decorated with the site and a category; edit tabs, a contents line, a view count, an update stamp with a relative time, a tags line",
        page="""
!m 知了百科 › 生活用品
!a 编辑　｜　讨论　｜　历史版本　｜　收藏词条
!t 开罐器 - 知了百科 - 生活用品词条
!m 浏览 30,512 次　最近更新：3 天前
!l 目录：1 简介　2 种类　3 使用
{BODY}
!l 词条标签：厨房工具　罐头
!d 词条内容由用户编辑，仅供参考。
""",
        body="""
开罐器，又称罐头刀、开罐刀，是用来打开金属罐头的手动或电动工具。
常见的开罐器有三种：一是蝴蝶式开罐器，由两片手柄、一个刀轮和一个齿轮组成，夹住罐沿后转动旋钮即可沿罐口切开；二是旋转式开罐器，从罐盖侧面切开，切口不留锋利边缘；三是电动开罐器，多用于餐饮后厨。
使用开罐器时应握稳手柄，切开后不要用手直接掀起罐盖，以免被锋利的边缘割伤。刀轮用后要及时擦干，防止生锈。
随着易拉盖罐头的普及，开罐器在家庭中的使用已不如过去普遍。
""",
    ),
    dict(
        slug="netdisk-yunxiang-work-instruction-bamboo-pillow-wps",
        site="云箱网盘 (invented cloud drive)",
        style="网盘分享",
        genre="作业指导书",
        kind="other",
        form="html",
        source="https://pan.yunxiang.example.com/s/7KpQa2Lz",
        title="竹丝凉枕编织作业指导书",
        record_title="竹丝凉枕编织作业指导书.wps",
        date=None,
        notes="cloud-drive preview: file-name record title, sharer line, save/download buttons, VIP prompts, an extraction-code line, a report link; decimal headings 1–3 with 1.1–3.2; a work instruction without a date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>竹丝凉枕编织作业指导书.wps_免费高速下载|云箱网盘</title>
<script src="https://pan.yunxiang.example.com/static/preview.js"></script>
</head>
<body>
<div class="top">⟦m 云箱网盘⟧ ⟦a 开通超级会员 极速下载⟧</div>
<div class="file-head"><h2>{T}</h2>
<p>⟦m 分享者：廓田竹艺社　文件大小：41KB　分享时间：2 周前⟧</p>
<p>⟦m 提取码：z7q4　有效期：永久⟧</p>
<div class="btns">⟦a 保存到云箱　下载　举报⟧</div></div>
<div class="preview">
{BODY}
</div>
<div class="vip">⟦a 非会员仅可预览前3页，开通会员查看全部⟧</div>
<div class="foot">⟦d 云箱网盘仅提供存储服务，分享内容由用户负责。⟧</div>
</body>
</html>
""",
        body="""
1 适用范围
1.1 本指导书适用于竹丝凉枕的编织、收边和检验工序。
2 作业要求
2.1 竹丝宽度2毫米、厚度0.5毫米，误差不超过0.1毫米，编织前须经碳化、干燥处理。
2.2 枕面采用“人字纹”挑二压二编法，每10厘米经纬各50根，编织松紧一致。
2.3 收边时竹丝端头一律向内折压，不得外露毛刺。
3 检验
3.1 每只凉枕逐件检查，枕面平整、无断丝、无霉点为合格。
3.2 检验合格的在枕套内侧加贴合格标签，不合格品退回返修。
""",
    ),
    dict(
        slug="netdisk-kuaipan-summary-cake-tins-glued-markers-docx",
        site="快盘分享 (invented cloud drive)",
        style="网盘分享",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.kuaipanfx.example.cn/share/f/90Zt2k",
        title="瞻州焙尔厨具有限公司2024年度质量工作总结",
        record_title="瞻州焙尔厨具有限公司2024年度质量工作总结.docx",
        date="2025-01-10",
        notes="cloud-drive preview text cut by page markers ⮹n⮹ glued to the continuation; file-name record title; a share-time stamp is no date; 成文日期 under the signature",
        page="""
!m 快盘分享 · 文件预览
!t 瞻州焙尔厨具有限公司2024年度质量工作总结.docx
!m 分享人：品管部小林　分享时间：昨天 10:12　大小：33KB
!a 转存　｜　下载　｜　分享给好友
{BODY}
!a 预览结束，转存到网盘后可查看完整文档
!d 快盘分享不对用户分享的文件内容负责。
""",
        pages=dict(fmt="⮹{n}⮹", every=100, start=2, glue=True),
        body="""
2024年，公司坚持“质量立企”，围绕蛋糕模、吐司盒两大主导产品抓质量提升，全年产品一次交检合格率达到98.6%，比上年提高1.9个百分点，客户退货率下降到0.4%。
一是整改活底模漏液问题。技术部修订模圈公差，生产部对库存产品逐只检验，下半年活底模未再出现漏液投诉。
二是严把原料关。对铝板、不粘涂料供应商实行逐批检测，全年拒收不合格铝板6批次。
三是推进标准化。参与起草《家用蛋糕模具》团体标准，完成12项内部工艺文件修订。
2025年，公司将重点提升不粘涂层耐磨性能，力争一次交检合格率达到99%。
瞻州焙尔厨具有限公司
2025年1月10日
""",
    ),
    dict(
        slug="snapshot-sousuoke-notice-bamboo-pillow-fair-frame",
        site="炳阳县供销合作社联合社 (invented) in a search-cache frame",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.sousuoke.example.com/c?u=gxs.bingyang.example.gov.cn/tzgg/0606.html",
        title="关于组织开展“竹乡好物”竹枕展销活动的通知",
        record_title="关于组织开展“竹乡好物”竹枕展销活动的通知_炳阳供销e站（搜索缓存）",
        date="2024-06-05",
        date_also=["2024-06-06"],
        notes="search-cache frame: a capture banner with its capture time (no date), highlighted keywords, the original site's header and footer inside; the page's 发布 date and the notice's 成文日期 differ; the co-op's own phone in the body",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于组织开展“竹乡好物”竹枕展销活动的通知_炳阳供销e站（搜索缓存）</title>
<base href="http://gxs.bingyang.example.gov.cn/tzgg/0606.html">
</head>
<body>
<div class="cache-bar" style="border:1px solid #999">
<p>⟦d 搜索客缓存页：这是 gxs.bingyang.example.gov.cn 于 2024年8月2日 14:07 抓取时的页面，原网页可能已更改。⟧</p>
<p>⟦d 已为您突出显示这些搜索字词：<b style="background:#ff6">竹枕</b> <b style="background:#9ff">展销</b>⟧</p>
</div>
<div class="site-head">⟦m 炳阳供销e站⟧ ⟦m 炳阳县供销合作社联合社⟧</div>
<div class="site-nav">⟦m 首页　通知公告　农资服务　电商扶贫⟧</div>
<h2>{T}</h2>
<div class="meta">⟦m 发布：2024-06-06　来源：业务科⟧</div>
<div class="article">
{BODY}
</div>
<div class="site-foot">⟦m 炳阳县供销合作社联合社　地址：炳阳县城南路17号⟧</div>
</body>
</html>
""",
        body="""
各乡镇供销社、县直供销企业：
为帮助竹枕加工户拓宽销路，县供销社定于6月15日至6月23日在县城供销商贸广场举办“竹乡好物”竹枕展销活动。现将有关事项通知如下：
一、各乡镇供销社要组织辖区合作社、加工户报名参展，每乡镇不少于3个展位。
二、参展竹枕须经防霉处理并附检验报告，严禁销售刷色、翻新竹枕。
三、展位费全免，县供销社统一提供展台和遮阳棚。
四、请于6月12日前将参展名单报县供销社业务科，电话：0736-5512094。
炳阳县供销合作社联合社
2024年6月5日
""",
    ),
    dict(
        slug="snapshot-text-school-can-opener-safety-tips",
        site="莎溪县第一中学 (invented) in a text-only cache",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://cache.sousuoke.example.com/text?u=www.sxyz.example.cn/jwc/2024/0301.html",
        title="关于劳动教育课使用开罐器等刀具类工具的安全提示",
        record_title="[文本快照] 关于劳动教育课使用开罐器等刀具类工具的安全提示",
        date="2024-03-01",
        notes="a text-only search cache: a capture line (no date), a keyword line, the school's header; the school office's own phone in the body; numbered safety points; 成文日期 under the signature",
        page="""
!d 【文本快照】原网页：www.sxyz.example.cn/jwc/2024/0301.html　抓取于 5 个月前，仅保留文字内容
!d 匹配字词：开罐器　安全
!m 莎溪县第一中学 - 教务处
{T}
{BODY}
!m 莎溪县第一中学　校址：莎溪县城关镇学宫街3号
""",
        body="""
各班主任、劳动教育课任课教师：
本学期劳动教育课“家常菜制作”单元涉及开罐头、切配等操作，为防止学生受伤，现提示如下：
1.开罐器、菜刀、削皮刀等工具由任课教师统一保管，课前发放、课后清点收回。
2.使用开罐器前，教师须先示范正确握法，学生两人一组，一人操作、一人监护。
3.切开的罐盖边缘锋利，必须用夹子取出，严禁用手直接掀起。
4.实训室须配备急救箱，发生割伤立即处理并报告年级组。
如有疑问，请与教务处联系，电话：0736-4402731。
莎溪县第一中学教务处
2024年3月1日
""",
    ),
    dict(
        slug="print-shaxi-bulletin-restaurant-chopstick-rests-footer",
        site="莎溪县市场监督管理局 (invented) print view",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="http://scjg.shaxi.example.gov.cn/print.jsp?id=40917",
        title="关于城区餐饮单位公筷公勺和筷子架使用情况抽查的通报",
        record_title="[打印版面] 关于城区餐饮单位公筷公勺和筷子架使用情况抽查的通报 - 莎溪县市场监督管理局",
        date="2024-07-19",
        notes="a print view calling window.print(): a print-time line (no date), print/close buttons, a table one row a paragraph, 抄送 line in the body, a print footer ⯨ 第1页 · 共1页 ⯨ closing the page; 成文日期",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>[打印版面] 关于城区餐饮单位公筷公勺和筷子架使用情况抽查的通报 - 莎溪县市场监督管理局</title>
<script>window.onload=function(){window.print();}</script>
<style>@media print{.noprint{display:none}}</style>
</head>
<body>
<div class="noprint">⟦a 打印　｜　关闭本页⟧</div>
<div class="ph">⟦m 莎溪县市场监督管理局⟧ ⟦m 打印时间：今天 09:12⟧</div>
<h2>{T}</h2>
<div class="pbody">
{BODY}
</div>
<div class="pfoot">⟦p ⯨ 第1页 · 共1页 ⯨⟧</div>
</body>
</html>
""",
        body="""
各市场监管所，各餐饮单位：
7月15日至18日，我局对城区38家餐饮单位公筷公勺和筷子架使用情况进行了抽查。抽查结果如下：
检查项目　达标单位　未达标单位
配备公筷公勺　33家　5家
配备筷子架　29家　9家
筷子架清洁消毒　24家　14家
抽查发现，部分餐馆筷子架长期不清洗，有油污和霉点；个别餐馆只在包厢配备公筷。
各餐饮单位要对照问题立即整改，筷子架每餐清洗、每日消毒。各市场监管所要在8月底前完成复查。
莎溪县市场监督管理局
2024年7月19日
抄送：县商务局，县餐饮行业协会。
""",
    ),
    dict(
        slug="print-qiwan-request-mould-museum-repair-cn-date",
        site="莎溪县政务协同平台 (invented) print view",
        style="打印页",
        genre="请示",
        kind="notice",
        form="text",
        source="http://zwxt.shaxi.example.gov.cn/doc/print?id=QW2024-031",
        title="关于申请月饼模陈列馆修缮资金的请示",
        record_title="打印 ▸ 关于申请月饼模陈列馆修缮资金的请示 — 莎溪县政务协同平台",
        date="2024-03-20",
        notes="a government collaboration platform's print view as text: a print header with a print time (no date), a 文号 line and a 签发人 line (neutral), the 成文日期 in Chinese numerals, a print footer 页码 1 ⨻ 1 closing the page",
        page="""
!m 莎溪县政务协同平台 · 打印预览
!m 打印人：憩湾镇党政办　打印时间：2024-04-02 15:40
憩政请〔2024〕6号　　　　签发人：邱明远
{T}
{BODY}
!p 页码 1 ⨻ 1
""",
        indent="\u3000\u3000",
        body="""
县文化和旅游局：
憩湾镇月饼模陈列馆由清代“德记”饼铺旧址改建，2016年开馆，现藏月饼模、糕模等老物件一千余件，年接待游客6万余人次。
由于建筑年久失修，去年雨季屋面多处渗漏，部分木质月饼模受潮开裂。经测算，屋面翻修、展柜除湿改造共需资金48万元，镇财政已安排18万元。
为保护好这批珍贵的民俗实物，恳请县文化和旅游局给予修缮补助资金30万元。
妥否，请批示。
莎溪县憩湾镇人民政府
二〇二四年三月二十日
""",
    ),
    dict(
        slug="webmail-beier-fwd-letter-cake-tin-order-attachment-bar",
        site="焙尔企业邮箱 (invented webmail)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.beier-kitchen.example.com/read?mid=ZC3409",
        title="关于确认八寸活底蛋糕模订单的函",
        record_title="转发：关于确认八寸活底蛋糕模订单的函",
        date="2024-07-02",
        date_also=["2024-07-03"],
        notes="webmail reading view: forwarded headers (发件人/收件人/时间), an attachment bar beside the letter's own 附件 list, the supplier's contact in the letter; the mail's send date and the letter's date differ; reply/forward buttons",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>转发：关于确认八寸活底蛋糕模订单的函 - 焙尔企业邮箱</title>
<script src="/mail/js/reader.js"></script>
</head>
<body>
<div class="mtop">⟦m 焙尔企业邮箱⟧ ⟦m 销售部 何欣悦⟧ ⟦a 退出⟧</div>
<div class="mtool">⟦a 返回　回复　全部回复　转发　删除　标记为未读⟧</div>
<h3>{T}</h3>
<div class="mhead">
<p>⟦m 发件人：何欣悦 &lt;hexy@beier-kitchen.example.com&gt;⟧</p>
<p>⟦m 收件人：生产部 &lt;scb@beier-kitchen.example.com&gt;⟧</p>
<p>⟦m 时　间：2024年7月3日（星期三）上午9:26⟧</p>
</div>
<div class="fwd">⟦m -------- 转发邮件信息 --------⟧</div>
<div class="mbody">
{BODY}
</div>
<div class="attbar">⟦a 附件（1个）：订货明细表.xlsx（18K）　预览　下载　存网盘⟧</div>
<div class="mfoot">⟦d 此邮件可能包含商业信息，非收件人请勿转发。⟧</div>
</body>
</html>
""",
        body="""
瞻州焙尔厨具有限公司：
贵公司6月28日的报价单收悉。经研究，我公司确认订购八寸阳极氧化活底蛋糕模2400只，单价26.5元，合计63600元，请于7月25日前分两批送达我公司绸川仓库。
请贵公司严格按样品质量生产，活底与模圈配合须严密，不漏液；每只产品附合格证和使用说明。
附件：订货明细表
联系人：蒋琳，电话：0736-2312870。
瞻州麦田食品连锁有限公司采购部
2024年7月2日
""",
    ),
    dict(
        slug="mail-fwd-letter-bamboo-pillow-test-record-date",
        site="forwarded mail (invented), saved as text",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mail://inbox/2024-05-27/zhuzhen-songjian.eml",
        title="关于委托检测竹枕样品甲醛含量的函",
        record_title="Fwd: 关于委托检测竹枕样品甲醛含量的函",
        record_date="2024-05-27",
        date="2024-05-27",
        notes="a mail saved as text with a record date: forwarded headers (From/To/Cc/Date/Subject), the letter's own 抄送 line beside the mail header's Cc, the co-op's contact; a mail client's footer",
        page="""
!m ---------- Forwarded message ---------
!m 发件人：廓田竹枕合作社 <kuotian_zz@mail.example.cn>
!m 日期：2024年5月27日 周一 16:05
!m 收件人：炳阳县产品质量检验所 <zjs@bingyangzj.example.cn>
!m 抄送：廓田乡农业综合服务中心 <nfzx@kuotian.example.cn>
!t 主题：Fwd: 关于委托检测竹枕样品甲醛含量的函
{BODY}
!d 本邮件由炳阳云邮发送，祝您工作愉快！
""",
        body="""
炳阳县产品质量检验所：
为确保合作社生产的竹枕质量安全，我社拟委托贵所对本年度新产品竹枕样品进行甲醛含量检测。现将有关事项函告如下：
一、送检样品：碳化竹片凉枕、竹丝凉枕各3只，共6只。
二、检测项目：甲醛释放量、防霉剂残留。
三、送检时间：6月3日上午，由我社专人送达。
检测费用按贵所收费标准由我社承担，请出具正式检测报告。
联系人：邝志军，电话：0736-5523190。
炳阳县廓田乡竹枕专业合作社
2024年5月27日
抄送：廓田乡农业综合服务中心
""",
    ),
]

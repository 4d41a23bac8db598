"""holdout360, part F: 公考论坛, 百科问答, 网盘分享, 搜索快照, 打印页, 邮件转发 (each once as HTML, once as text).

Invented text throughout (see ../README.md); markup as ../build.py describes.
"""

CASES = [
    dict(
        slug="examforum-dengke-interview-threaders-show-jammer-html",
        site="登科公考论坛 (invented exam forum, Discuz-like)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="html",
        source="https://bbs.dengkegk.com/thread-773019-1-1.html",
        title="社区给老人发穿针器被质疑“作秀”，你怎么看？",
        record_title="[结构化真题·民生热点] 社区给老人发穿针器被质疑“作秀”，你怎么看？（含作答要点三条）- 面试交流 - 登科公考论坛",
        date=None,
        notes="exam forum: jammer fonts inside the post (<br> lines), a reply-to-see prompt, rating row, QQ-group ad; a model answer with no date (posted 3 天前)",
        p_html="{}<br />",
        junk=dict(lines=1, glued=2),
        page="""
<!DOCTYPE html>
<html><head><meta charset="gbk">
<title>[结构化真题·民生热点] 社区给老人发穿针器被质疑“作秀”，你怎么看？（含作答要点三条）- 面试交流 - 登科公考论坛</title>
<style>.jammer{font-size:0;color:transparent}</style>
</head><body>
<div id="hd">⟦m 登科公考论坛 · 一起上岸⟧ <a>⟦a 登录⟧</a> <a>⟦a 立即注册⟧</a></div>
<div id="pt">⟦m 登科公考论坛 › 面试交流 › 结构化题库⟧</div>
<div class="qqad">⟦w 面试冲刺群：QQ 538 220 917，真题每日推送⟧</div>
<table><tr><td class="pls">⟦m 岸上见⟧<br>⟦m 积分 4410　精华 12⟧</td>
<td class="plc"><h1>{T}</h1>
<div class="authi">⟦m 楼主　发表于 3 天前　只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 本帖后半部分作答框架，回复后刷新可见⟧</div>
<div class="rate">⟦a 评分 5 人　热心 +10　参与人数较多，展开⟧</div>
</td></tr></table>
<div class="pgbtn">⟦l 下一页：社区网格员“一人多表”现象怎么看⟧</div>
<div id="ft">⟦m 登科公考论坛　京ICP备21027318号　Powered by Discuz!⟧</div>
</body></html>
""",
        body="""
【题目】某社区为辖区老人免费发放穿针器，有网友认为“一个穿针器才几块钱，发这个就是作秀”。对此，你怎么看？
【参考作答】
我认为，判断一件事是不是作秀，不看东西贵不贵，而要看是否真正解决了群众的难处。
首先，穿针器虽小，却是老人的刚需。很多老人眼睛花了，缝个扣子都要等子女回家，一个穿针器就能让他们自己动手，这是实实在在的方便。
其次，网友的质疑也提醒我们，为老服务不能一发了之。如果只拍照、不教用、不回访，再好的东西也会变成摆设。
最后，如果我是社区工作人员，我会在发放时手把手教老人使用，再通过入户走访了解老人还有哪些小困难，把这件小事做成长期的服务。
""",
    ),
    dict(
        slug="examforum-shenlun-essay-aerator-ledger-junk-text",
        site="申论研习社 (invented exam forum, text)",
        style="公考论坛",
        genre="申论习作",
        kind="other",
        form="text",
        source="https://www.shenlunyxs.com/bbs/read/66120",
        title="小小起泡器里的节水账",
        record_title="[申论打卡·第七练] 小小起泡器里的节水账（盼老师斧正）- 申论写作 - 申论研习社",
        date=None,
        notes="exam forum text: an essay with anti-scraping junk as a line and glued after 。; posted 昨天 (no date); a teacher's comment and a course ad below",
        junk=dict(lines=1, glued=3),
        page="""
!m 申论研习社 · 每天一篇，笔下有神
!m 版块：申论写作 ＞ 习作互评
!t [申论打卡·第七练] 小小起泡器里的节水账（盼老师斧正）
!m 作者：晨读打卡第90天　发表于 昨天 06:48　浏览 718
{BODY}
!l 阅卷老师点评：立意准确，论据可再具体些，建议补一个政策层面的对策。
!w 申论一对一批改，一篇39元，加老师微信 shenlun_pigai
!a 回复本帖　｜　收藏到我的素材本
""",
        body="""
在很多人眼里，水龙头上的起泡器不过是个拇指大小的零件，装不装无所谓。可是算一算账，就会发现这里面藏着节水的大学问。
一只起泡器，能让水龙头的出水量减少两到三成。一个三口之家每天洗手、洗菜用水按两百升计算，一年就能省下一二十吨水。如果一座城市有一百万户家庭都装上，省下的水足够装满好几个大型水库。这笔账，算的是资源账，更是长远账。
然而，现实中起泡器的普及并不理想。有的居民嫌出水小，装了又拆；有的老旧小区龙头型号老，买不到合适的起泡器；还有的单位采购时只看价格，买来质量不过关的产品，用不了多久就堵塞失效。
让小小的起泡器发挥大作用，需要多方合力。政府部门可以通过以旧换新、免费发放等方式推广节水器具；生产企业要提高产品质量，做好不同接口的适配；每个家庭也要养成定期清洗、随手关水的习惯。节水从来不是一句口号，而是藏在每一只龙头、每一次洗手里的日常。
""",
    ),
    dict(
        slug="encyclopedia-bowen-entry-tester-pen-html",
        site="博闻百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://www.bowenbaike.com/item/测电笔/30917",
        title="测电笔",
        record_title="测电笔（电工工具）- 博闻百科",
        date=None,
        notes="encyclopaedia: 阅读/编辑/讨论/历史版本 tabs, an infobox, a contents box, reference markers glued after sentences and an 'edit this section' link; the entry name opens the body (head); no date (last edited stamp only)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>测电笔（电工工具）- 博闻百科</title>
<script src="/static/bk/entry.js"></script>
</head><body>
<div class="bk-top">⟦m 博闻百科 · 人人可编的知识库⟧ <a>⟦a 进入词条⟧</a> <a>⟦a 全站搜索⟧</a></div>
<div class="bk-tabs">⟦a 阅读 ｜ 编辑 ｜ 讨论 ｜ 历史版本⟧</div>
<h1>{T}</h1>
<div class="bk-sub">⟦m 电工常用验电工具⟧</div>
<table class="infobox"><tr><td>⟦m 中文名　测电笔⟧</td></tr><tr><td>⟦m 别　名　电笔、试电笔⟧</td></tr><tr><td>⟦m 适用电压　60—500伏⟧</td></tr></table>
<div class="toc">⟦l 目录　1 结构　2 使用方法　3 注意事项⟧</div>
<div class="bk-body">
{BODY}
</div>
<div class="refs">⟦l 参考资料：[1] 《低压电工作业》培训教材，第三章⟧</div>
<div class="bk-edit">⟦m 本词条最近更新：11 天前　共 27 人参与编辑⟧</div>
<div class="bk-foot">⟦d 博闻百科词条内容由网友编写，仅供参考，专业问题请咨询相关人士⟧</div>
</body></html>
""",
        body="""
测电笔，又称电笔、试电笔，是电工用来检验导线和电器设备是否带电的一种常用工具。
结构⟦a [编辑本段]⟧
常见的氖泡式测电笔由笔尖金属体、电阻、氖泡、弹簧和笔尾金属体组成。笔尖多做成小螺丝刀或钢笔尖的形状。另有一种数显式测电笔，用液晶屏显示被测电压的大致数值。⟦l [1]⟧
使用方法
使用时，手指按住笔尾金属体，笔尖接触被测导线。若导线带电，电流经笔尖、电阻、氖泡和人体流入大地，氖泡发光。由于电阻阻值很大，通过人体的电流极小，不会对人体造成伤害。
注意事项
使用前应在确认有电的设备上试测，以检查测电笔是否完好；在明亮的光线下测试时，应避光观察氖泡；测电笔只适用于低压，不能用于高压设备。⟦l [1]⟧
""",
    ),
    dict(
        slug="encyclopedia-gewu-entry-pegboard-text",
        site="格物百科 (invented encyclopaedia, text)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://gewubaike.cn/wiki/打孔板",
        title="打孔板",
        record_title="打孔板_收纳用品词条_格物百科",
        date=None,
        notes="encyclopaedia text: the entry name opens the body (a head-matched label); infobox lines, contents line and edit stamps (no date); an example year inside a sentence",
        page="""
!m 格物百科　|　格物致知，一条一得
!m 分类：家居用品 › 收纳用品
{T}
!m 又名：洞洞板、孔板、挂板
!m 常见材质：钢板、木板、塑料
!l 目录：1 概述　2 种类　3 使用
{BODY}
!m 词条统计：浏览 26871 次　编辑 19 次　最近编辑于 2 个月前
!a 完善此词条　｜　举报错误
!d 格物百科内容遵循知识共享署名协议，转载请注明出处
""",
        body="""
打孔板，又称洞洞板，是一种板面上按固定间距开有圆孔或方孔的墙面收纳板，配合挂钩、托板和收纳盒使用，可以把工具、厨具、文具等物品挂在墙上。
早期的打孔板多见于工厂车间和五金店，用来陈列和存放工具。大约在2015年前后，打孔板开始进入家庭，被广泛用于厨房、书房、玄关和阳台。
按材质，打孔板可分为金属打孔板、木质打孔板和塑料打孔板。金属打孔板承重较大，适合车间和车库；木质打孔板外观温和，多用于家居；塑料打孔板价格低，适合挂放轻小物品。
安装打孔板时，板与墙面之间通常要留出一定空隙，以便插入挂钩。挂放物品应遵循重物在下、常用物品在伸手可及高度的原则。
""",
    ),
    dict(
        slug="clouddrive-yunji-work-instruction-aerator-pdf-html",
        site="云笈网盘 (invented cloud-drive share page)",
        style="网盘分享",
        genre="作业指导书",
        kind="other",
        form="html",
        source="https://pan.yunji-cloud.com/s/7Kq2XwA9",
        title="水龙头起泡器安装与清洗作业指导书",
        record_title="水龙头起泡器安装与清洗作业指导书.pdf",
        date=None,
        notes="cloud-drive preview: save/download buttons, VIP speed prompts, an expiry line; a work instruction with decimal headings and a numbered list; no date (shared 5 天前)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>水龙头起泡器安装与清洗作业指导书.pdf - 云笈网盘</title>
<script src="//pan.yunji-cloud.com/js/share-view.js"></script>
</head><body>
<div class="pan-top">⟦m 云笈网盘　安全存储，轻松分享⟧ <a>⟦a 登录云笈⟧</a></div>
<div class="share-info">
<h2>⟦t 水龙头起泡器安装与清洗作业指导书.pdf⟧</h2>
<p>⟦m 分享者：物业工程部·宁工　｜　5 天前分享　｜　有效期：永久⟧</p>
<p>⟦m 文件大小：1.8 MB⟧</p>
<div class="btns"><a>⟦a 保存到我的云笈⟧</a> <a>⟦a 普通下载⟧</a> <a>⟦a 超级会员极速下载⟧</a></div>
</div>
<div class="preview">
{BODY}
</div>
<div class="vip-tip">⟦a 当前为普通预览，开通超级会员可查看高清原文件⟧</div>
<div class="pan-foot">⟦d 云笈网盘严禁分享违法违规内容，发现请举报⟧　⟦m © 2025 云笈网盘⟧</div>
</body></html>
""",
        body="""
1.适用范围
本指导书适用于小区公共区域及住户报修的水龙头起泡器安装、清洗和更换作业。
2.作业准备
2.1 工具：活动扳手、管钳、软布、旧牙刷、白醋、生料带。
2.2 材料：M22外丝、M24内丝起泡器若干，密封垫圈若干。
3.作业步骤
3.1 关闭龙头下方角阀，打开龙头放尽余水。
3.2 用软布包住起泡器，按逆时针方向拧下；拧不动的，用白醋浸泡后再拆。
3.3 清洗时按以下顺序进行：
（1）取出滤网和整流片，按拆下的顺序摆放；
（2）放入白醋中浸泡二十分钟；
（3）用旧牙刷刷净水垢和杂质，清水冲洗；
（4）按原顺序装回，检查密封垫圈是否完好。
3.4 装回龙头后打开角阀试水，确认出水均匀、接口不漏水。
4.记录
作业完成后在维修单上注明起泡器型号和是否更换，请住户签字确认。
""",
    ),
    dict(
        slug="clouddrive-suchuan-notice-night-market-mugs-markers-doc",
        site="速传盘 (invented cloud-drive share page, text)",
        style="网盘分享",
        genre="通知",
        kind="notice",
        form="text",
        source="https://suchuanpan.com/f/9c7e11d2",
        title="关于加强夜市啤酒杯清洗消毒工作的通知",
        record_title="关于加强夜市啤酒杯清洗消毒工作的通知.doc",
        date="2024-06-25",
        notes="cloud-drive text preview: file-name record title; page markers '⫧ n ⫨' on lines of their own cutting sentences; 成文日期 at the end; share stamp is no date",
        pages=dict(fmt="⫧ {n} ⫨", every=130, start=2),
        page="""
!m 速传盘 · 传得快，存得稳
!t 关于加强夜市啤酒杯清洗消毒工作的通知.doc
!m 分享时间：1 个月前　｜　浏览 96 次　｜　大小 38KB
!a 转存　　下载　　举报
{BODY}
!a 预览到此为止，下载后查看完整文档
!a 开通速传会员，下载不限速
!d 文件由用户上传分享，速传盘不对文件内容负责
""",
        body="""
晰城镇各夜市经营户：
入夏以来，沿河夜市、北门夜市客流明显增加。近期检查发现，部分摊位啤酒杯只用清水冲一冲就重复使用，杯壁残留油渍和口红印，个别摊位甚至把洗杯水反复使用一整晚，存在食品安全隐患。为保障消费者健康，现就有关事项通知如下。
一、每个摊位应配备足量的啤酒杯，保证周转，不得用未清洗的杯子给顾客盛酒。
二、啤酒杯应按“一洗、二清、三消毒、四保洁”的程序处理，使用消毒柜或含氯消毒液浸泡消毒，消毒后的杯子倒扣放置在保洁柜内。
三、发现杯口破损、有裂纹的杯子，应立即停止使用并单独存放。
四、镇市场监管所将组织夜间巡查，对不按要求清洗消毒的摊位责令整改，拒不整改的依法处理。
晰阳县晰城镇人民政府
2024年6月25日
""",
    ),
    dict(
        slug="snapshot-xunjin-school-notice-pegboard-borrowing-html",
        site="寻津搜索 快照 (invented search cache) / 塾湖区第一小学 (invented school site)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="https://cache.xunjin.com/c?u=www.shsyx.edu.cn/tzgg/20250509.html",
        title="关于规范科学实验室打孔板工具借用的通知",
        record_title="关于规范科学实验室打孔板工具借用的通知_塾湖一小 · 寻津快照",
        date="2025-05-08",
        date_also=["2025-05-09"],
        notes="snapshot frame: a capture banner with highlighted search terms, a capture stamp (no date); the school page inside with its posting date (also accepted) and the notice's own contact beside the school's office line; 成文日期 at the end",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>关于规范科学实验室打孔板工具借用的通知_塾湖一小 · 寻津快照</title>
</head><body>
<div class="xj-cache" style="background:#fffbe6;border-bottom:1px solid #eee">
<p>⟦d 这是寻津搜索对 www.shsyx.edu.cn/tzgg/20250509.html 的缓存，是网页在抓取时的样子⟧</p>
<p>⟦m 抓取于：18 天前⟧</p>
<p>⟦m 已为您突出显示以下关键词：<b style="background:#ff6">打孔板</b> <b style="background:#9ff">借用</b>⟧</p>
<p>⟦a 查看当前网页⟧</p>
</div>
<div class="school">
<div class="s-head">⟦m 塾湖区第一小学⟧　⟦m 童心向阳　书香致远⟧</div>
<div class="s-nav">⟦m 学校首页 ｜ 校园新闻 ｜ 通知公告 ｜ 德育天地 ｜ 家校共育⟧</div>
<h2>{T}</h2>
<div class="s-info">⟦m 发布时间：2025-05-09　发布部门：教导处⟧</div>
{BODY}
<div class="s-foot">⟦m 学校办公室：0795-6098800⟧　⟦m 塾湖区第一小学 版权所有⟧</div>
</div>
</body></html>
""",
        body="""
各年级教师：
学校科学实验室打孔板工具墙投入使用以来，方便了老师们课前取用器材，但也出现了借用不登记、用后不归位的情况。为规范管理，现就有关事项通知如下。
一、借用实验工具须在实验室门口的借用登记本上填写班级、工具名称和借用时间，归还时由实验员签字确认。
二、工具用后应按打孔板上的轮廓线挂回原位，不得放在实验台上或带出实验室。
三、每周五下午，实验员对照工具清单清点一次，发现缺失的，及时联系最后借用的老师查找。
如有疑问，请联系实验员胡晓月，电话：0795-6098816。
塾湖区第一小学教导处
2025年5月8日
""",
    ),
    dict(
        slug="snapshot-jianye-letter-tempered-beer-mugs-oneline-text",
        site="检页搜索 文字快照 (invented text-only cache)",
        style="搜索快照",
        genre="公开信",
        kind="other",
        form="text",
        source="http://snap.jianyesou.com/text?q=致辖区餐饮经营者的一封信",
        title="致辖区餐饮经营者的一封信",
        record_title="致辖区餐饮经营者的一封信〈仅文字·缓存页〉",
        date="2024-07-01",
        notes="text-only cache: the whole letter on one line; a capture note and a cache stamp (no date); the letter's own contact line; 成文日期 at the end",
        oneline=True,
        indent="\u3000",
        page="""
!d 检页搜索文字快照：页面中的图片和样式已被去除，仅保留文字
!m 原网址：http://www.xiyang.gov.cn/scjg/2024/0702/1129.html　快照生成：上个月
{T}
{BODY}
!a 返回检页搜索结果
!m 检页搜索 © 2025
""",
        body="""
各位餐饮经营者：
夏季是啤酒消费旺季，也是碎杯伤人事故的多发季节。去年夏天，我县共接到顾客被碎啤酒杯划伤的投诉十一起，其中多起是因为使用了普通玻璃杯，冰镇后倒酒时受热不均而炸裂。
为保障消费者安全，我们建议各位经营者：优先选用钢化玻璃啤酒杯或耐摔材质的杯子；每天营业前检查杯具，有崩口、裂纹的及时淘汰；不要用热水冲烫刚从冰柜取出的杯子。
让顾客喝得开心、吃得放心，是我们共同的心愿。如有疑问，请联系县市场监管局晰城市场监管所，电话：0795-7366120。
晰阳县市场监督管理局
2024年7月1日
""",
    ),
    dict(
        slug="print-kekou-notice-household-electric-check-html",
        site="坷口镇人民政府 打印视图 (invented township site)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.fckk.gov.cn/print.jsp?id=20250902_0416",
        title="关于开展居民家庭用电安全入户检查的通知",
        record_title="A4 竖排打印件｜关于开展居民家庭用电安全入户检查的通知 - 坷口镇人民政府",
        record_date="2025-09-02",
        date="2025-09-02",
        notes="print view calling window.print(): print/close buttons and a print footer '⨠ 1 / 1 ⨠'; the record gives the date; electricians test sockets with tester pens; the notice's own contact beside the township's duty line",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>A4 竖排打印件｜关于开展居民家庭用电安全入户检查的通知 - 坷口镇人民政府</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();}</script>
</head><body>
<div class="noprint">⟦a 〔开始打印〕⟧ ⟦a 〔关闭打印窗口〕⟧</div>
<div class="p-head">⟦m 坷口镇人民政府网 · 打印版⟧</div>
<h2>{T}</h2>
<div class="p-info">⟦m 来源：坷口镇应急管理办公室　时间：2025-09-02⟧</div>
{BODY}
<div class="p-url">⟦m 本页网址：https://www.fckk.gov.cn/art/2025/9/2/art_416.html⟧</div>
<div class="p-duty">⟦m 镇政府值班电话：0796-8570110⟧</div>
<div class="p-footer">⟦p ⨠ 1 / 1 ⨠⟧</div>
</body></html>
""",
        body="""
各村（社区）、镇直各单位：
近期我镇连续发生两起因家庭线路老化引发的火情。为消除居民家庭用电安全隐患，镇政府决定于9月上旬至10月底开展居民家庭用电安全入户检查。现将有关事项通知如下。
一、检查对象：全镇独居老人、留守儿童家庭和房龄二十年以上的老旧住房，其他居民可自愿申请。
二、检查内容：由镇供电所电工和村（社区）网格员组成检查组，用测电笔逐一检测插座、开关和灯头是否漏电、零火线是否接反，查看电线是否老化破损、是否私拉乱接。
三、工作要求：检查组入户时须佩戴工作证，只查不卖，不得向居民推销任何产品；发现隐患的，能当场整改的当场整改，不能当场整改的登记造册，限期整改。
联系人：镇应急管理办公室　易俊　电话：0796-8570263
坷口镇人民政府
2025年9月2日
""",
    ),
    dict(
        slug="print-shutian-senior-college-threader-rules-record",
        site="蔬田镇老年学校 打印页 (invented, text print view)",
        style="打印页",
        genre="须知",
        kind="other",
        form="text",
        source="http://www.stlnxx.org/print/2025/0310-02.html",
        title="蔬田镇老年学校手工编织班教具领用须知",
        date="2025-03-10",
        notes="print view as text: record title as is; print/close actions on top and a print footer '⪁ 第1页 共1页 ⪂'; a needle threader among the tools; 成文日期 at the end",
        page="""
!a 〔送打印机〕〔关掉本页〕
!m 蔬田镇老年学校网站 — 打印页面
{T}
!m 发布日期：2025-03-11　栏目：教学管理
{BODY}
!m 网址：http://www.stlnxx.org/jxgl/2025/0310-02.html
!p ⪁ 第1页 共1页 ⪂
""",
        date_also=["2025-03-11"],
        body="""
手工编织班各位学员：
本学期手工编织班继续为每位学员配发教具一套，包括钩针两支、毛线针一副、大眼缝衣针一包、穿针器一个和剪刀一把。为管好用好教具，请学员注意以下事项：
一、教具于3月17日第一次上课时在教室领取，领取时请在登记表上签名。
二、穿针器的钢丝圈较细，使用时不要用力拉扯，不用时放回收纳盒，防止丢失或扎手。
三、剪刀和针类教具课后要收好，不要放在桌面或衣兜里，以免误伤自己和同学。
四、教具损坏或遗失的，可到教务处补领，每学期限补领一次。
蔬田镇老年学校教务处
2025年3月10日
""",
    ),
    dict(
        slug="mail-jianzhou-library-letter-custom-pegboards-docx-html",
        site="柬州市图书馆 网页邮箱 (invented webmail reading view)",
        style="邮件转发",
        genre="函",
        kind="other",
        form="html",
        source="https://mail.jzlib.cn/webmail/read?mid=0391A7&folder=INBOX",
        title="关于订购定制打孔板的函",
        record_title="FWD（馆办）：关于订购定制打孔板的函.docx",
        date="2025-03-18",
        date_also=["2025-03-19"],
        notes="webmail reading view: forwarded header with its own 抄送 line, an attachment bar beside the letter's 附件 list; the letter's own 联系人/电话/邮箱 and 抄送 line; file-name record title; the mail's send date also accepted",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>FWD（馆办）：关于订购定制打孔板的函.docx - 柬州市图书馆邮件系统</title>
<script src="/webmail/js/read.js"></script>
</head><body>
<div class="wm-top">⟦m 柬州市图书馆邮件系统⟧　⟦m 收件箱(3)　草稿箱　已发送⟧　⟦a 写信⟧</div>
<div class="wm-tools">⟦a 回复　全部回复　转发　删除　标为未读⟧</div>
<div class="wm-head">
<p>⟦m 主题：FWD（馆办）：关于订购定制打孔板的函.docx⟧</p>
<p>⟦m 发件人：办公室 倪晓燕 &lt;nixy@jzlib.cn&gt;⟧</p>
<p>⟦m 收件人：sales@fanchuanjinshu.com⟧</p>
<p>⟦m 抄　送：caiwu@jzlib.cn⟧</p>
<p>⟦m 时　间：2025年3月19日（周三）上午10:42⟧</p>
</div>
<div class="wm-fwd">⟦m -------- 转发的邮件 --------⟧</div>
<div class="wm-body">
<h3>{T}</h3>
{BODY}
</div>
<div class="wm-att">⟦a 附件（2 个）：定制打孔板规格清单.xlsx（14K）　图书馆少儿区平面图.pdf（860K）　全部下载⟧</div>
<div class="wm-foot">⟦m 柬州市图书馆 信息技术部 维护⟧</div>
</body></html>
""",
        body="""
藩川金属制品有限公司：
我馆少儿阅览区拟在三面墙上安装打孔板，用于展示绘本和读者手工作品。经比较，我馆决定向贵公司订购定制钢制打孔板，现将有关事项函告如下。
一、订购数量和规格：打孔板共十八块，规格为1米×1.5米，孔距25毫米，圆角处理，表面喷涂浅绿色，配挂钩、托板和亚克力展示盒，具体见附件1。
二、安装要求：请于4月20日前完成安装。少儿区开放时间不得施工，安装须安排在周一闭馆日进行。
三、请贵公司收函后五个工作日内回复报价和交货计划。
附件：1.定制打孔板规格清单
2.图书馆少儿区平面图
联系人：倪晓燕　电话：0795-6031286　邮箱：nixy@jzlib.cn
柬州市图书馆
2025年3月18日
抄送：柬州市图书馆财务科
""",
    ),
    dict(
        slug="mail-juesan-inspection-reply-beer-mug-samples-text",
        site="崛山琉光玻璃制品有限公司 邮件转发 (invented, forwarded mail as text)",
        style="邮件转发",
        genre="函",
        kind="other",
        form="text",
        source="mailto:zhijian@liuguangglass.com?msg=20250519-02",
        title="关于啤酒杯样品检测结果的函",
        record_title="转给您：回函：关于啤酒杯样品检测结果的函",
        date="2025-05-16",
        date_also=["2025-05-19"],
        notes="forwarded mail as text: mail headers and a forwarder's note; a test results table; the inspection institute's own 联系人/电话 beside the sender's signature and phone; the letter's date differs from the send date (both accepted)",
        page="""
!m 发件人：芦晓 <luxiao@liuguangglass.com>
!m 发送时间：2025年5月19日 星期一 14:05
!m 收件人：凌海；二号窑车间
!t 主题：转给您：回函：关于啤酒杯样品检测结果的函
!m 芦总，检验所的回函转给您，请阅。——芦晓
!m ---------- 原始邮件 ----------
!m 发件人：崛山县产品质量检验所 <jyszx@jsjys.org>
{T}
{BODY}
!m 质检部　芦晓　电话：0795-6407738
!d 本邮件及附件含保密信息，如误收请删除并通知发件人
""",
        body="""
崛山琉光玻璃制品有限公司：
贵公司5月9日送检的500毫升扎啤杯样品，我所已按有关标准完成检测。现将检测结果函告如下。
检测项目　标准要求　检测结果　结论
耐热冲击　温差42℃不破裂　未破裂　合格
杯口崩边　不允许　未发现　合格
容量偏差　±3%　−1.8%　合格
铅镉溶出量　符合限量要求　未检出　合格
以上四个项目检测结果均符合标准要求。正式检测报告将于5月23日前寄送贵公司。
联系人：检验二室　苗文轩　电话：0795-6411025
崛山县产品质量检验所
2025年5月16日
""",
    ),
]

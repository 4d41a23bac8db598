"""holdout291, part F: exam forums, encyclopaedias, cloud drives, search snapshots, print views, mails.

Every page, place, person, firm, site, URL and phone number here is invented; each case was
written by hand. See ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="gkforum-nishan-shenlun-soy-vat-jammer",
        site="鲵山公考论坛 (invented, Discuz-like)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="html",
        source="https://bbs.nsgongkao.example.cn/thread-552091-1-1.html",
        title="守好一口酱缸，也是守住乡村的味道",
        record_title="【申论自练·求点评】守好一口酱缸，也是守住乡村的味道 - 申论交流 - 鲵山公考论坛",
        date=None,
        notes="exam forum: jammer fonts inside the post, a reply-to-see prompt, a QQ-group ad, rating row; "
        "relative post time only",
        page="""
<html><head><meta charset="utf-8">
<title>【申论自练·求点评】守好一口酱缸，也是守住乡村的味道 - 申论交流 - 鲵山公考论坛</title>
<style>.jammer{font-size:0;color:transparent}</style></head><body>
<div id="hd">⟦m 鲵山公考论坛 · 上岸的人都在这儿⟧ <a>⟦a 登录⟧</a> <a>⟦a 注册考生账号⟧</a></div>
<div id="pt">⟦m 论坛首页 › 申论交流 › 大作文批改⟧</div>
<div class="qqad">⟦w 申论批改群：617204855，每晚8点老师在线点评⟧</div>
<table><tr><td class="pls"><p>⟦m 今年一定上岸⟧</p><p>⟦m 积分 388　备考 2 年⟧</p></td>
<td class="plc"><h1><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 发表于 5 天前　|　阅读 2218　|　回复 46⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 本帖附有老师批注版，回复后方可查看⟧</div>
<div class="rate">⟦l 评分人数 4　积分 +12　“结构清楚，论证再具体一点”⟧</div></td></tr></table>
<div id="ft">⟦m 鲵山公考论坛　浙ICP备20012985号⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=3),
        body="""
在鲵山县，几乎家家户户的院子里都有一口酱缸。从前，酱缸是过日子的底气；如今，它成了不少乡村发展特色产业的起点。
守好一口酱缸，要守住手艺。晒酱讲究天时，翻酱讲究手法，这些经验大多留在老人手里。把老手艺记下来、教下去，才不至于让它随着老人一起离开。
守好一口酱缸，要守住安全。家庭作坊卫生条件参差不齐，有关部门既要加强指导，也要帮助作坊改善晒场条件，让乡亲们的酱经得起检验。
守好一口酱缸，要守住市场。小作坊单打独斗难成气候，可以通过合作社统一品牌、统一标准，让酱缸里的好味道走出大山。
一口酱缸连着乡愁，也连着乡村振兴的路子。
""",
    ),
    dict(
        slug="gkforum-mianshi-grain-barn-answer-no-title-junk",
        site="鲣湖公考圈 (invented exam forum), text",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="http://www.jhgongkaoquan.example.cn/bbs/t/80417",
        title="结构化面试：村里老谷仓要拆，部分群众有意见，你怎么做？",
        record_title=None,
        date=None,
        notes="no title in the record: the thread subject; an interview answer with junk lines and junk glued after "
        "。; relative times; replies",
        page="""
!m 鲣湖公考圈 » 面试交流 » 结构化真题
{T}
!m 楼主 上岸小鹿　发表于 6 天前　只看楼主
{BODY}
!l 沙发 · 面霸阿强：思路不错，第二段可以再加一个“借助乡贤”
!l 板凳 · 上岸小鹿：回复 面霸阿强 收到，谢谢
!a 回复可见：本题高分参考答案（需回复后刷新）
!m 鲣湖公考圈 © 2024
""",
        junk=dict(lines=1, glued=2),
        body="""
这道题考的是组织协调和群众工作能力，我的思路如下。
首先，了解情况。我会先弄清楚拆谷仓的原因，是存在安全隐患还是规划需要，再走访有意见的群众，听听他们的顾虑，是舍不得老建筑，还是担心以后没地方存粮。
其次，分类解释。对担心存粮的，说明镇里会在村里建设新的集体储粮点；对舍不得老谷仓的，可以向村里建议保留谷仓的老门板、老梁木，放进村史室留作纪念。
再次，稳妥推进。拆除前召开村民代表会议，公开方案，拆除时做好安全防护。
最后，总结经验。以后遇到类似工作，要把群众工作做在前面。
以上是我的答案，欢迎各位研友拍砖。
""",
    ),
    dict(
        slug="wiki-jianzhi-entry-tea-pitcher-edit-tabs",
        site="鲣知百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.jzbk.example.cn/item/公道杯/20417",
        title="公道杯",
        record_title="公道杯（分茶器具）- 鲣知百科",
        date=None,
        notes="encyclopaedia: edit/discuss/history tabs, infobox, contents box, an 'edit' link glued to each "
        "section heading; the entry name opens the body (its repeated-title label matched as head)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>公道杯（分茶器具）- 鲣知百科</title></head><body>
<div class="bk-top">⟦m 鲣知百科　人人可编的知识库⟧ <a>⟦a 登录⟧</a> <a>⟦a 创建词条⟧</a></div>
<div class="bk-tabs">⟦a 词条　编辑　讨论　历史版本⟧</div>
<div class="bk-title"><h1>{T}</h1><span>⟦m （分茶器具）⟧</span></div>
<div class="bk-box"><table>
<tr><td>⟦m 中文名：公道杯⟧</td></tr><tr><td>⟦m 别　名：茶海、分茶杯⟧</td></tr><tr><td>⟦m 类　别：茶具⟧</td></tr></table></div>
<div class="bk-toc">⟦l 目录　1 形制　2 用法　3 选购⟧</div>
<div class="bk-con">
{BODY}
</div>
<div class="bk-ref">⟦l 词条标签：茶具　功夫茶　器物⟧</div>
<div class="bk-stat">⟦m 本词条浏览 12,087 次，最近更新：4 天前⟧</div>
<div class="bk-foot">⟦d 鲣知百科词条由网友编辑，内容仅供参考。⟧ ⟦m 浙ICP备23001452号⟧</div>
</body></html>
""",
        body="""
公道杯，又称茶海、分茶杯，是茶道中用来均匀茶汤浓度的器具，常见于功夫茶冲泡。
形制⟦a [改一改]⟧
公道杯按材质可分为玻璃、瓷、紫砂、金属等类，按形制可分为带把和无把两种。杯口一侧多设有流嘴，便于分茶时控制水流。
用法⟦a [改一改]⟧
冲泡后，先将壶中茶汤全部倒入公道杯，再由公道杯依次斟入各品茗杯，使每杯茶汤浓淡一致。分茶一般以品茗杯七分满为宜。
选购⟦a [改一改]⟧
选购时宜注意出水是否顺畅、断水是否利落，杯壁有无气泡、裂纹。玻璃材质的公道杯应能耐受沸水。
""",
    ),
    dict(
        slug="wiki-nongshi-qa-duck-shed-winter",
        site="农事百科问答 (invented), text extract",
        style="百科问答",
        genre="问答",
        kind="other",
        form="text",
        source="http://www.nongshibk.example.cn/wenda/yangzhi/30915.html",
        title="冬天鸭棚怎么保温又不闷？",
        record_title="冬天鸭棚怎么保温又不闷？_养殖问答_农事百科问答",
        date=None,
        notes="encyclopaedia-style Q&A: the question repeated, an expert badge, a 'was this useful' row, related "
        "questions; no date (an update stamp only)",
        page="""
!m 农事百科问答 · 权威农技知识
!m 首页 > 养殖问答 > 水禽
!t 冬天鸭棚怎么保温又不闷？
!m 农技专家 邬禾青 作答　　更新于 2 周前
{BODY}
!l 这个回答对你有帮助吗？　有帮助 318　没帮助 6
!l 相关问题：鸭棚垫料多久换一次？ | 雏鸭育雏温度怎么控制？
!d 农事百科问答内容仅供参考，重大疫病请及时联系当地畜牧兽医部门。
""",
        body="""
冬季鸭棚管理的关键是“保温”和“通风”两头兼顾。
保温方面，鸭棚北墙和顶棚可加盖草帘或保温被，地面铺十厘米以上的干稻壳，雏鸭阶段棚内温度保持在二十五摄氏度左右。
通风方面，宜在中午气温较高时打开南侧窗户通风半小时，通风口要高于鸭背，避免冷风直吹鸭群。
判断是否闷，可以进棚闻一闻，如果有明显氨味、眼睛发辣，说明通风不够。
此外，垫料潮湿要及时更换。潮湿的垫料既不保温，又容易滋生病菌。
""",
    ),
    dict(
        slug="netdisk-yunhe-swing-inspection-plan-pdf-markers",
        site="云盒网盘 (invented cloud-drive preview)",
        style="网盘分享",
        genre="方案",
        kind="other",
        form="html",
        source="https://pan.yunhe.example.cn/s/1Qx7ZkPe",
        title="鲐阳区城市公园秋千架安全巡检方案",
        record_title="鲐阳区城市公园秋千架安全巡检方案.pdf",
        date="2024-03-18",
        notes="cloud-drive preview: file-name record title, VIP prompts, marker paragraphs '༼n༽' between the halves "
        "of cut paragraphs; decimal headings; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>鲐阳区城市公园秋千架安全巡检方案.pdf_免费高速下载|云盒网盘</title></head><body>
<div class="pan-top">⟦m 云盒网盘⟧ <a>⟦a 登录⟧</a> <a>⟦a 开通超级盒子⟧</a></div>
<div class="pan-file"><h2>{T}</h2>
<p>⟦m 分享者：园林小***　　大小：412KB　　分享于 3 天前　　有效期：永久⟧</p>
<div class="pan-btns">⟦a 保存到我的云盒⟧ ⟦a 普通下载⟧ ⟦a 超级盒子极速下载⟧</div></div>
<div class="pan-preview">
{BODY}
</div>
<div class="pan-vip">⟦a 在线预览仅限前3页，开通超级盒子看全部⟧</div>
<div class="pan-foot">⟦d 云盒网盘严禁分享违法违规内容，发现请举报。⟧ ⟦m 粤ICP备21034470号⟧</div>
</body></html>
""",
        p_html='<div class="pv-line">{}</div>',
        pages=dict(fmt="༼{n}༽", every=100, start=2),
        body="""
1 目的
为及时发现并消除城市公园秋千架安全隐患，保障游客安全，制定本方案。
2 巡检范围和频次
2.1 范围：区内6座城市公园的秋千架共48架。
2.2 频次：日常巡查每天一次；专项检查每月一次；汛期和大风天气过后加密检查。
3 巡检内容
3.1 日常巡查重点查看吊链、座板是否完好，地面缓冲层有无破损缺失。
3.2 专项检查须测量吊环磨损量，磨损超过原直径十分之一的立即更换。
4 问题处置
发现隐患的，巡检人员当场设置警示标识，并在两小时内报公园管理处安排维修。
鲐阳区园林绿化管理中心
2024年3月18日
""",
    ),
    dict(
        slug="netdisk-baiyun-soy-vat-workshop-rules-docx-markers",
        site="百云盘 (invented cloud drive), text preview",
        style="网盘分享",
        genre="规程",
        kind="other",
        form="text",
        source="http://www.baiyunpan.example.cn/share/preview/k2Rf0c",
        title="酱缸发酵车间作业规程",
        record_title="酱缸发酵车间作业规程.docx",
        date=None,
        notes="cloud-drive text preview: file-name record title; '፨ 第n页 ፨' markers on lines of their own cutting "
        "articles 第N条; no date (effective clause only)",
        page="""
!m 百云盘 · 文件预览
!t 酱缸发酵车间作业规程.docx
!m 文件大小：24.6KB　　分享人：酱园老***　　过期时间：7天后
!a 保存到百云盘　　下载(24.6KB)　　举报
{BODY}
!a 预览内容已全部加载　如需编辑请下载后打开
!d 百云盘仅提供存储服务，文件内容由分享人负责。
""",
        pages=dict(fmt="፨ 第{n}页 ፨", every=95, start=2),
        body="""
第一条　为规范酱缸发酵车间作业，保障酱品质量和作业人员安全，制定本规程。
第二条　酱缸入场前须逐口检查，缸体有裂纹、渗漏的不得使用。
第三条　投料前，酱缸须用八十摄氏度以上的热水冲洗，倒扣沥干不少于十二小时。
第四条　翻酱每日一次，使用专用不锈钢酱耙，翻酱深度须触及缸底，翻后及时盖好缸盖。
第五条　作业人员搬移酱缸须两人以上协同，满缸严禁单人挪动，防止砸伤。
第六条　车间地面保持干燥，地面有积水或者酱液时，须先清理后作业。
第七条　每批酱品出缸时，质检员按批次取样检验，检验合格后方可灌装。
第八条　本规程自发布之日起施行。
""",
    ),
    dict(
        slug="snapshot-yuzhou-notice-duck-sheds-frame",
        site="渔舟搜索 cache snapshot of 鲩溪县人民政府 (invented)",
        style="搜索快照",
        genre="通告",
        kind="notice",
        form="html",
        source="http://cache.yuzhousou.example.cn/c?u=www.huanxi.gov.example.cn/art/2024/10/29/art_1209_90114.html",
        title="关于清理鳘口河沿岸违规鸭棚的通告",
        record_title="关于清理鳘口河沿岸违规鸭棚的通告_鲩溪县人民政府〔渔舟快照〕",
        date="2024-10-28",
        notes="snapshot frame: capture banner, highlighted search terms, the cached portal's chrome inside; the "
        "capture time is no date; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于清理鳘口河沿岸违规鸭棚的通告_鲩溪县人民政府〔渔舟快照〕</title></head><body>
<div class="snap-banner" style="background:#ffd">
<p>⟦m 渔舟搜索快照：这是 http://www.huanxi.gov.example.cn/art/2024/10/29/art_1209_90114.html 在 2024年12月2日 的存档⟧</p>
<p>⟦d 网页若已更新，请以原网页为准；渔舟与该网页作者无关，不对其内容负责。⟧</p>
<p>⟦m 已为您标出这些搜索词：<b style="background:#ff6">鸭棚</b> <b style="background:#9ff">清理</b>⟧</p></div>
<div class="orig">
<div class="gov-top">⟦m 鲩溪县人民政府⟧ ⟦a 长辈版⟧ ⟦a 无障碍⟧</div>
<div class="gov-pos">⟦m 首页 ＞ 政务公开 ＞ 县政府通告⟧</div>
<h1>{T}</h1>
<div class="gov-info">⟦m 发布日期：2024-10-29　信息来源：县政府办⟧</div>
<div class="gov-con">
{BODY}
</div>
<div class="gov-foot">⟦m 鲩溪县人民政府办公室主办　浙ICP备05021833号⟧</div></div>
</body></html>
""",
        date_also=["2024-10-29"],
        body="""
为保护鳘口河饮用水水源，根据《中华人民共和国水污染防治法》等规定，现就清理鳘口河沿岸违规鸭棚有关事项通告如下：
一、鳘口河河道管理范围内及两岸各一百米范围内，禁止新建鸭棚等畜禽养殖设施。
二、上述范围内已有的鸭棚，养殖户须于2024年12月31日前自行拆除；逾期未拆除的，依法组织强制拆除。
三、按期自行拆除的，按每平方米二十元给予补助，并优先安排进入鲅河乡标准化养殖小区。
四、对拒不拆除、阻碍执法的，依法追究责任。
特此通告。
鲩溪县人民政府
2024年10月28日
""",
    ),
    dict(
        slug="snapshot-text-tea-pitcher-spot-check-record-title",
        site="text-only cache of 鲣湖新闻网 (invented)",
        style="搜索快照",
        genre="新闻",
        kind="news",
        form="text",
        source="http://cache.yuzhousou.example.cn/t?u=news.jianhu.example.cn/bendi/2024-10/12/c_2860317.htm",
        title="鲣湖市公道杯等玻璃茶具质量抽检结果出炉",
        date="2024-10-12",
        notes="text-only snapshot: title as the record gives it; capture banner lines; the news page's 发布时间 "
        "is the page's date, the capture time is no date; a table of failed products",
        page="""
!m 【渔舟纯文本快照】抓取于 2024-11-03 04:17，仅保留文字
!d 快照内容可能已过期，以原网页为准。
!m 鲣湖新闻网 » 本地 » 民生
{T}
!m 发布时间：2024-10-12 10:20　来源：鲣湖市市场监管局
{BODY}
!l 相关新闻：鲐阳区开展茶器文化街消费安全检查
!m 鲣湖新闻网　浙ICP备12020711号
""",
        body="""
近日，鲣湖市市场监管局公布了今年第三季度玻璃茶具产品质量监督抽检结果。本次共抽检公道杯、玻璃杯、玻璃茶壶等产品60批次，合格56批次。
不合格产品情况如下：
产品名称　标称生产企业　不合格项目
玻璃公道杯　鲐阳某玻璃制品厂　耐热冲击性能
玻璃公道杯　鳎坪某茶具商行　容量偏差
玻璃茶壶　某玻璃工艺品厂　铅、镉溶出量
对抽检不合格的产品，市场监管部门已依法责令企业停止销售，并督促召回。
市场监管部门提醒，选购玻璃公道杯时，应查看产品是否标注材质和耐温范围，不要用普通玻璃公道杯盛装刚烧开的沸水。
""",
    ),
    dict(
        slug="print-minkou-letter-grain-barns-window-print",
        site="鳘口镇人民政府 print view (invented)",
        style="打印页",
        genre="函",
        kind="other",
        form="html",
        source="http://www.minkou.gov.example.cn/print.jsp?id=20240412_5521",
        title="关于商请支持上仓村集体谷仓修缮资金的函",
        record_title="打印页面 ▸ 关于商请支持上仓村集体谷仓修缮资金的函",
        date="2024-04-12",
        notes="print view calling window.print(): a print bar, the letter's own contact, a print footer "
        "'⸸ 第1页／共1页 ⸸' closing it; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>打印页面 ▸ 关于商请支持上仓村集体谷仓修缮资金的函</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();}</script></head><body>
<div class="noprint">⟦a 〖开始打印〗〖只打正文〗〖关掉这页〗⟧</div>
<div class="pr-head">⟦m 鳘口镇人民政府网站　政务公开⟧</div>
<h2>{T}</h2>
<div class="pr-info">⟦m 打印时间：2024-12-09 15:02⟧</div>
<div class="pr-con">
{BODY}
</div>
<div class="pr-url">⟦m 原文地址：http://www.minkou.gov.example.cn/zwgk/20240412_5521.html⟧</div>
<div class="pr-foot">⟦p ⸸ 第1页／共1页 ⸸⟧</div>
</body></html>
""",
        body="""
鲩溪县财政局：
我镇上仓村现有集体谷仓六座，建于上世纪七十年代，是全镇保存最完整的一组砖木结构谷仓。目前，谷仓屋面多处漏雨，部分木梁出现虫蛀，已影响村集体粮食合作社正常使用。
经镇村两级测算，六座谷仓修缮共需资金四十六万元，镇村已自筹十八万元。为保护好这组老谷仓，恳请贵局在村级公益事业建设资金中给予二十八万元支持。
妥否，请予函复。
联系人：林向禾，电话：0574-6312086
鳘口镇人民政府
2024年4月12日
""",
    ),
    dict(
        slug="print-fuwan-kindergarten-request-swings-text",
        site="鲔川县教育局 OA print view (invented), text",
        style="打印页",
        genre="请示",
        kind="other",
        form="text",
        source="http://oa.wcedu.example.cn/print/qs/2024/0507-14.txt",
        title="关于更换幼儿园户外秋千架的请示",
        record_title="〖打印稿·简版〗关于更换幼儿园户外秋千架的请示",
        date="2024-05-07",
        notes="print view as text: a print header, 文号 neutral, a print footer 'ꕥ 1 / 1 ꕥ' closing it; "
        "成文日期 under the signature; the print stamp is no date",
        page="""
!m 鲔川县教育系统协同办公 · 打印视图
!m 打印人：教育局办公室　打印于 2024-05-09 10:41
{T}
鳆幼〔2024〕6号
{BODY}
!m 来源：收文登记 2024-0517
!p ꕥ 1 / 1 ꕥ
""",
        body="""
县教育局：
我园户外活动区现有秋千架四架，于2014年建园时安装，至今已使用十年。今年春季检查发现，其中两架立柱底部锈蚀严重，吊链多处磨损，已停止使用。
为保障幼儿户外活动安全，我园拟将四架秋千架全部更换为带安全座椅的幼儿专用秋千，并在秋千区铺设三十平方米安全地垫。经询价，共需资金约四万三千元。
当否，请批示。
鲔川县鳆湾镇中心幼儿园
2024年5月7日
""",
    ),
    dict(
        slug="mail-jiangyuan-letter-soy-vat-samples-webmail",
        site="鲵山酱园企业邮箱 webmail reading view (invented)",
        style="邮件转发",
        genre="函",
        kind="other",
        form="html",
        source="https://mail.nsjiangyuan.example.cn/read?mid=ZL0306-2217",
        title="关于提供酱缸样品检测报告的函",
        record_title="转发：关于提供酱缸样品检测报告的函（烦请转交）",
        date="2024-03-05",
        date_also=["2024-03-06"],
        notes="webmail view: forwarded header with its own 抄送 beside the letter's 抄送 line, an attachment bar "
        "beside the letter's 附件 list, the letter's contact and mailbox; send date differs from 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>转发：关于提供酱缸样品检测报告的函（烦请转交） - 鲵山酱园企业邮箱</title></head><body>
<div class="wm-top">⟦m 鲵山酱园企业邮箱⟧ <span>⟦m wxt@nsjiangyuan.example.cn⟧</span> <a>⟦a 退出⟧</a></div>
<div class="wm-left">⟦m 收件箱(12)　星标邮件　已发送　草稿箱　已删除⟧</div>
<div class="wm-read">
<div class="wm-bar">⟦a 回复　回复全部　转发　删除　标记为未读　更多 ▾⟧</div>
<h3>⟦t 转发：关于提供酱缸样品检测报告的函（烦请转交）⟧</h3>
<table class="wm-head">
<tr><td>⟦m 发件人：韦小棠 &lt;wxt@nsjiangyuan.example.cn&gt;⟧</td></tr>
<tr><td>⟦m 收件人：jianyanzhan@nstaoci.example.cn⟧</td></tr>
<tr><td>⟦m 抄　送：shichang@nsjiangyuan.example.cn⟧</td></tr>
<tr><td>⟦m 时　间：2024年3月6日（周三）上午 9:18⟧</td></tr></table>
<div class="wm-body">
<p>⟦m ------------------ 原始邮件 ------------------⟧</p>
<h2>{T}</h2>
{BODY}
</div>
<div class="wm-att"><p>⟦a 附件（2 个）　样品送检单.pdf (86K)　供应商资质证明.pdf (1.2M)　全部打包下载⟧</p></div>
<div class="wm-quick">⟦a 快捷回复：输入内容后按 Ctrl+Enter 发送⟧</div></div>
</body></html>
""",
        body="""
鲵山县陶瓷产品质量检验站：
我公司拟于近期采购一批陶制酱缸，用于扩建晒场。为确保酱缸釉面符合食品接触材料安全要求，恳请贵站协助出具以下样品的检测报告：
1. 青灰釉酱缸（容量四百升）样品两口；
2. 黑釉酱缸（容量二百升）样品两口。
检测项目为铅、镉溶出量。样品已于3月4日送达贵站收样室。
联系人：韦小棠，电话：0576-7713208，邮箱：wxt@nsjiangyuan.example.cn
附件：1.样品送检单
2.酱缸供应商资质证明
鲵山酱园有限公司
2024年3月5日
抄送：鲵山县市场监管局
""",
    ),
    dict(
        slug="mail-fuwan-request-duck-shed-disinfection-fwd-docx",
        site="forwarded mail saved as text (invented)",
        style="邮件转发",
        genre="请示",
        kind="other",
        form="text",
        source="mail://inbox/nyj-weichuan/2024-11-26/0912",
        title="关于申请鸭棚冬季防疫消毒物资的请示",
        record_title="Fwd: 关于申请鸭棚冬季防疫消毒物资的请示.docx",
        date="2024-11-25",
        date_also=["2024-11-26"],
        notes="forwarded mail as text: the record title is the mail subject with a .docx name (file-name); "
        "forwarding headers and a signature; a materials table; the mail's send date differs from 成文日期",
        page="""
!m 发件人: 华晓川 <hxc_fuwan@wcfw.example.cn>
!m 日期: 2024年11月26日 周二 09:12
!m 收件人: 县农业农村局畜牧股 <xmg@wcnyj.example.cn>
!t 主题: Fwd: 关于申请鸭棚冬季防疫消毒物资的请示.docx
!m ---------- 转发的邮件 ----------
!a [附件已在正文中展开显示]
{BODY}
!m --
!m 华晓川　鳆湾镇农业农村服务中心
!m 本邮件由手机邮箱客户端发送
""",
        body="""
县农业农村局：
入冬以来，周边县区陆续出现水禽疫病散发病例，我镇现有养殖鸭棚一百八十七栋，存栏肉鸭三十二万只，防疫压力较大。为做好冬季鸭棚消毒防疫工作，特申请以下物资：
物资名称　数量　用途
过硫酸氢钾消毒粉　600公斤　鸭棚日常消毒
背负式喷雾器　40台　入户消毒作业
防护服　300套　防疫人员使用
以上物资请予支持。
当否，请批示。
联系人：华晓川，电话：0571-5938807
鳆湾镇人民政府
2024年11月25日
""",
    ),
]

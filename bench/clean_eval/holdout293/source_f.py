"""holdout293, part F: 公考论坛, 百科问答, 网盘分享, 搜索快照, 打印页, 邮件转发 (one HTML and one text each).

Invented throughout; subjects 煤炉, 竹椅, 笔洗, 算筹, 秤砣. Markup: see ../build.py.
"""

CASES = [
    dict(
        slug="examforum-shangan-essay-steelyard-weight",
        site="上岸说公考论坛 (invented exam forum)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="html",
        source="https://bbs.shangan-shuo.com/thread-77120-1-1.html",
        title="心中有杆秤，手里有秤砣",
        record_title="[秤砣主题·自练] 心中有杆秤，手里有秤砣（望不吝赐教）- 申论交流 - 上岸说公考论坛",
        date=None,
        notes="exam forum: a reply-to-see prompt, a rating row, a QQ-group ad between the post and the replies; "
        "an essay with no date; 发表于 2 周前",
        page="""
<html><head><meta charset="utf-8"><title>[秤砣主题·自练] 心中有杆秤，手里有秤砣（望不吝赐教）- 申论交流 - 上岸说公考论坛</title>
<script src="/static/js/forum.js"></script></head><body>
<div id="hd">⟦m 上岸说公考论坛 · 一起上岸⟧　⟦a 登录 ｜ 注册领资料⟧</div>
<div id="pt">⟦m 上岸说 › 笔试交流 › 申论交流⟧</div>
<div class="thread"><h1>⟦t [秤砣主题·自练] 心中有杆秤，手里有秤砣（望不吝赐教）⟧</h1>
<div class="authi">⟦m 楼主 蓝色申论本　发表于 2 周前　查看 2,064 回复 31⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="rate">⟦l 评分：热心助人 +2　申论币 +5⟧</div>
<div class="locked">⟦a 本帖附有批改版，回复后可见⟧</div>
<div class="po">⟦a 支持 · 收藏 · 分享 · 举报⟧</div></div>
<div class="ad">⟦w 申论批改群：QQ 730216485，每晚八点直播点评⟧</div>
<div class="reply">⟦l 2#　一心上岸：开头很好，第三段论证再充实一点⟧</div>
<div id="ft">⟦m 上岸说公考论坛 Powered by Discuz!　京ICP备20031177号-4⟧</div>
</body></html>
""",
        body="""
老辈人做买卖，常说“秤砣虽小压千斤”。一杆秤，准不准全看秤砣；一个社会，公不公也要看有没有一只压得住的“秤砣”。
这只秤砣，首先是制度。集贸市场里，掏空秤砣、短斤少两的事之所以屡禁不止，根子在于监管有空档、违法成本低。只有把计量检定做到每个摊位，让改装秤砣的人付出代价，市场才会有公道。
这只秤砣，也是人心。干部心中有杆秤，才能掂得出群众利益的分量；经营者心中有杆秤，才不会在一两货上动歪脑筋。
秤砣不大，压的是公平。制度之秤与人心之秤都立起来，社会这杆大秤才能称得平、立得稳。
""",
    ),
    dict(
        slug="examforum-kaogong-interview-counting-rods-community-junk",
        site="考公互助论坛 (invented exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="http://www.kaogonghuzhu.cn/thread-30518-1-1.html",
        title="社区要开展“算筹进万家”数学文化活动，你怎么组织？",
        record_title="【结构化·组织题】社区要开展“算筹进万家”数学文化活动，你怎么组织？（附自己的作答）- 面试交流 - 考公互助论坛",
        date=None,
        notes="exam forum text: junk lines and glued junk in the answer; a medal line, replies and a rule notice; "
        "relative time 5 天前 (no date)",
        page="""
!m 考公互助论坛 › 面试交流 › 结构化
!t 【结构化·组织题】社区要开展“算筹进万家”数学文化活动，你怎么组织？（附自己的作答）
!m 楼主：今年必上岸　　发表于 5 天前　　阅读 1544
!m 勋章：面试打卡30天
{BODY}
!l 回复　小雨点：结尾可以加一句活动的长效机制
!l 回复　面试官老陈：层次清楚，注意控制在三分钟内
!d 版规：禁止发布培训广告，违者封号
!a 回复帖子前请先绑定手机号
""",
        junk=dict(lines=1, glued=2),
        body="""
考官好，我来回答这道题。
组织这次活动，我会从三个方面着手。
第一，摸清需求。先到社区了解辖区小学生和老人的情况，和附近小学的数学老师沟通，确定活动面向亲子家庭，时间放在周六上午。
第二，精心准备。准备竹制算筹100套，请小学老师设计“摆数字”“算筹加减”“我是小账房”三个游戏环节；在社区公众号和楼栋群发布通知，提前报名。
第三，现场落实。活动当天安排志愿者分组指导，老人和孩子一起摆算筹、讲故事，最后评选“算筹小能手”。
活动结束后，我会收集居民意见，形成总结，争取把算筹游戏做成社区四点半课堂的固定内容。
""",
    ),
    dict(
        slug="wiki-zhidian-counting-rods-entry",
        site="知典百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://www.zhidianbaike.com/item/%E7%AE%97%E7%AD%B9",
        title="算筹",
        record_title="算筹（古代计算工具）_知典百科",
        date=None,
        notes="encyclopaedia: edit/discuss/history tabs, an infobox, a contents box, reference markers glued after "
        "sentences and an 'edit' link glued to a section heading; the entry name opens the body (head match); "
        "last-edited stamp (no date)",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>算筹（古代计算工具）_知典百科</title>
<script src="//s.zhidianbaike.com/item.js"></script></head><body>
<div class="top">⟦m 知典百科⟧　⟦a 进入词条 ｜ 搜索⟧</div>
<div class="tabs">⟦a 词条 ｜ 编辑 ｜ 讨论 ｜ 历史版本⟧</div>
<h1>{T}</h1>
<div class="sub">⟦m 古代计算工具⟧</div>
<div class="infobox">
<p>⟦m 中文名：算筹⟧</p><p>⟦m 别　名：筹、策、算子⟧</p><p>⟦m 材　质：竹、木、骨、象牙⟧</p><p>⟦m 流行年代：春秋战国至元代⟧</p></div>
<div class="toc">⟦l 目录　1 形制　2 摆法　3 沿革⟧</div>
<div class="entry">
{BODY}
</div>
<div class="refs"><h3>⟦l 参考资料⟧</h3><p>⟦l 1. 《古算器考》，知典出版社⟧</p><p>⟦l 2. 《中国数学简史》第二章⟧</p></div>
<div class="stat">⟦m 浏览 28,415 次　最近更新：2 个月前⟧</div>
<div class="ft">⟦d 词条内容由网友协作编辑，仅供参考⟧</div>
</body></html>
""",
        body="""
算筹是中国古代用来记数和计算的小棍，多用竹子制成，也有木、骨和象牙的，与算盘并称中国古代两大计算工具。⟦l [1]⟧
形制⟦a [编辑本段]⟧
算筹一般长约十三至十四厘米，粗细如筷子，数百根为一束，装在布袋或筹筒里随身携带。
摆法⟦a [编辑本段]⟧
算筹记数有纵式和横式两种，个位用纵式，十位用横式，纵横相间；遇零则空位。用算筹可以进行加减乘除、开方乃至解方程。⟦l [2]⟧
沿革⟦a [编辑本段]⟧
算筹在春秋战国时已普遍使用，宋元时期筹算达到高峰。元代以后，算盘逐渐取代了算筹。
""",
    ),
    dict(
        slug="wiki-baiwuzhi-steelyard-weight-entry",
        site="百物志百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="http://www.baiwuzhi.cn/ct/chengtuo.html",
        title="秤砣",
        record_title="秤砣 - 百物志 · 度量衡词条",
        date=None,
        notes="encyclopaedia text: the entry name above the body and as the body's first word (head match); "
        "an infobox, a contents line, a 'did you know' box between paragraphs; no date",
        page="""
!m 百物志百科　｜　万物有来历
!a 编辑词条　　收藏　　分享
{T}
!m 类别：度量衡器具　　别称：秤锤、权
!l 目录：释义　形制　俗语
{BODY}
!l 同类词条：杆秤　戥子　砝码　天平
!m 本词条浏览 9,327 次　｜　最近由“度量衡爱好者”修订
!d 百物志内容由网友编写，如有谬误欢迎指正。
""",
        body="""
秤砣，杆秤的配件，挂在秤杆上沿秤杆移动，与所称物品保持平衡，从而读出重量。古代称“权”，秤杆称“衡”，“权衡”一词即由此而来。
秤砣多用生铁铸成，也有铜、石制作的，形状以上小下大的圆柱形、葫芦形为常见，顶部有鼻，用以穿绳挂在秤杆上。
⟦l 你知道吗？“称”字的本义就是用秤称物。⟧
每杆秤须配用专属的秤砣，秤砣被掏空、灌铅或调换，都会使称量失准。民间有“秤砣虽小压千斤”“公平不公平，秤砣说了算”等俗语。
""",
    ),
    dict(
        slug="clouddrive-jianguopan-brush-washer-storeroom-rules",
        site="坚果盘 (invented cloud-drive share page)",
        style="网盘分享",
        genre="规程",
        kind="rule",
        form="html",
        source="https://share.jianguopan.cn/s/Qf7vBz2k",
        title="瓷质笔洗库房保管规程",
        record_title="【馆内资料】瓷质笔洗库房保管规程 - 坚果盘分享",
        date=None,
        notes="cloud-drive preview: VIP and speed-up prompts, share expiry, file size and sharer lines; rules with "
        "第N条 that speak of 打印 and 扫码 as content; no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【馆内资料】瓷质笔洗库房保管规程 - 坚果盘分享</title>
<script src="//static.jianguopan.cn/preview.js"></script></head><body>
<div class="pan-top">⟦m 坚果盘⟧　⟦a 登录 ｜ 开通超级会员⟧</div>
<div class="share-info"><h3>{T}</h3>
<p>⟦m 分享者：馆藏部小蒋　　文件大小：52KB　　分享于 6 天前⟧</p>
<p>⟦m 链接有效期：还剩 1 天⟧</p></div>
<div class="preview-tip">⟦a 非会员仅可预览前 2 页，开通会员在线看全文⟧</div>
<div class="preview">
{BODY}
</div>
<div class="btns"><button>⟦a 保存到我的坚果盘⟧</button><button>⟦a 普通下载⟧</button><button>⟦a 会员极速下载⟧</button></div>
<div class="tip">⟦d 请勿通过坚果盘传播违法违规内容，一经发现将取消分享⟧</div>
</body></html>
""",
        body="""
第一条　本规程适用于本馆库房收藏的各类瓷质笔洗的保管。
第二条　瓷质笔洗应单件装入囊匣，匣内用无酸棉纸衬垫，不得叠放。有冲线、缺口的笔洗须在囊匣外贴红色标签。
第三条　库房温度保持在16至22摄氏度，相对湿度保持在45%至55%，每日早晚各记录一次。
第四条　提取笔洗须戴棉质手套，双手托底，不得单手提拿口沿。
第五条　每件笔洗的囊匣上贴有二维码，出入库时须扫码登记；库房账目每月打印一份，由保管员和部门负责人签字。
第六条　本规程由馆藏部负责解释，自印发之日起施行。
""",
    ),
    dict(
        slug="clouddrive-shancun-bamboo-chair-weaving-instruction-pdf-markers",
        site="闪存网盘 (invented cloud-drive share)",
        style="网盘分享",
        genre="作业指导书",
        kind="rule",
        form="text",
        source="https://pan.shancunwp.com/s/1hX9-kQ2mP",
        title="竹椅编织工序作业指导书",
        record_title="竹椅编织工序作业指导书.pdf",
        date=None,
        notes="cloud-drive text preview: file-name record title; page markers ♁ 第n页 ♁ on lines of their own "
        "cutting sentences; share and expiry stamps (no date)",
        page="""
!m 闪存网盘 · 文件分享
!t 竹椅编织工序作业指导书.pdf
!m 分享人：茬坪竹艺质量部　　PDF　3页　　分享时间：昨天 16:20
!a 预览　　保存到网盘　　下载（需登录）
{BODY}
!a 预览仅显示部分页面，登录后可查看全部 3 页
!d 文件由用户分享，闪存网盘不对文件内容负责
""",
        pages=dict(fmt="♁ 第{n}页 ♁", every=70, start=2),
        body="""
第一条　本指导书适用于靠背竹椅、竹躺椅的椅面编织工序。
第二条　编织用篾片须选用三年生毛竹，宽8毫米、厚1.2毫米，编织前在清水中浸泡不少于2小时，使篾片柔软不易折断。
第三条　椅面采用“人字纹”编法，篾片压二挑二，每编5行用木槌轻敲一遍，使纹路紧密均匀，缝隙不超过1毫米。
第四条　篾片接头须藏在椅面背面，用竹钉固定，不得外露。
第五条　编织完成后由质检员逐把检查，用手按压椅面不应有明显下陷，合格后方可转入上漆工序。
""",
    ),
    dict(
        slug="snapshot-chuanye-jiankou-free-bamboo-chair-checks",
        site="穿页快照 (invented search cache)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.chuanye.cn/c?u=www.jiankou.gov.cn%2Fxxgk%2F2024%2F0409%2F55.html",
        title="关于为高龄老人免费检修竹椅的通知",
        record_title="关于为高龄老人免费检修竹椅的通知_浚口镇人民政府 - 穿页快照",
        date="2024-04-08",
        date_also=["2024-04-09"],
        notes="snapshot frame: capture banner with the capture time (no date), highlighted keywords line, the "
        "original page's date line differing from the 成文日期; the town's chrome inside the frame",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于为高龄老人免费检修竹椅的通知_浚口镇人民政府 - 穿页快照</title></head><body>
<div class="cache-banner">⟦d 这是穿页对原网页的快照，抓取于 2024-05-02 07:41，页面可能已经变化⟧<br>⟦a 点此访问原网页⟧　⟦m 已为您标亮：浚口　竹椅　检修⟧</div>
<div class="orig">
<div class="gov-head">⟦m 浚口镇人民政府⟧</div>
<div class="gov-nav">⟦m 首页　政务公开　便民服务　走进浚口⟧</div>
<h2>{T}</h2>
<p class="gov-date">⟦m 发布日期：2024-04-09　来源：镇民政办⟧</p>
{BODY}
<p>⟦a 【打印】【关掉】⟧</p>
<p>⟦m 浚口镇人民政府　版权所有　联系电话：0749-8651000⟧</p>
</div></body></html>
""",
        body="""
各村（社区）：
为防范高龄老人因竹椅松动、断裂摔倒受伤，镇民政办联合镇竹编协会，于4月15日至5月15日为全镇80周岁以上老人免费检修家中竹椅。现将有关事项通知如下：
一、各村（社区）于4月12日前摸清辖区高龄老人家中竹椅数量，报镇民政办。
二、检修由竹编协会的篾匠上门进行，主要是紧榫、换篾、加固椅腿，所需材料由镇里承担。
三、无法修复的竹椅，由镇里免费更换一把新竹椅。
联系人：镇民政办 汪秀琴　电话：0749-8651126
浚口镇民政办公室
2024年4月8日
""",
    ),
    dict(
        slug="snapshot-xunye-museum-brush-washer-hall-closure",
        site="寻页搜索文字快照 (invented text-only cache)",
        style="搜索快照",
        genre="公告",
        kind="notice",
        form="text",
        source="http://kuaizhao.xunye.com/text?url=dushuimuseum.cn/gg/0506.html",
        title="渎水县博物馆关于笔洗专题展厅临时闭馆的公告",
        record_title="〈纯文字留影〉渎水县博物馆关于笔洗专题展厅临时闭馆的公告 - 渎水县博物馆",
        date="2024-05-06",
        notes="text-only cache: a capture line (no date), a note that images were dropped, the original site's "
        "lines kept as text; 成文日期 under the signature",
        page="""
!d 寻页搜索 · 纯文字快照：以下为原网页文字，图片与样式已省略，抓取时间 2024-05-09 03:12
!a 查看原网页　｜　查看图文快照
!m 渎水县博物馆 | 首页 | 展览 | 藏品 | 参观服务
!t 〈纯文字留影〉渎水县博物馆关于笔洗专题展厅临时闭馆的公告
{BODY}
!l 相关展览：馆藏瓷器精品展（常设）
!m 渎水县博物馆　预约电话：0794-6619800
""",
        indent="",
        body="""
尊敬的观众：
因展柜恒温恒湿系统升级改造，我馆二楼“清池墨韵——馆藏笔洗专题展”展厅将于5月8日至5月31日临时闭馆，其他展厅正常开放。
闭馆期间，展出的42件笔洗将移入库房妥善保管，部分精品将在一楼大厅设置临时展柜展出，观众可在周二至周日9:00至16:30参观。
由此给您带来的不便，敬请谅解。
咨询电话：0794-6619811
渎水县博物馆
2024年5月6日
""",
    ),
    dict(
        slug="print-dunchuan-metrology-bulletin-weights-spot-check",
        site="砘川县计量检定测试所 (invented, print view)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="http://www.dcjl.org.cn/print.asp?id=318",
        title="关于集贸市场杆秤秤砣抽检情况的通报",
        record_title="送打印 ▷ 关于集贸市场杆秤秤砣抽检情况的通报－砘川计量",
        date="2024-05-20",
        notes="print view calling window.print(): a print/close toolbar, the site's URL and print stamp (no date), "
        "a failures table, a print footer ☌ 第 1 页 / 共 1 页 ☌",
        page="""
<html><head><meta charset="utf-8"><title>送打印 ▷ 关于集贸市场杆秤秤砣抽检情况的通报－砘川计量</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();}</script></head><body>
<div class="noprint">⟦a 〔立即打印〕〔返回原文〕⟧</div>
<div class="print-head">⟦m 砘川县计量检定测试所 · 打印视图⟧</div>
<h3>{T}</h3>
{BODY}
<div class="print-foot">⟦m 原文地址：http://www.dcjl.org.cn/show.asp?id=318⟧<br>⟦m 打印时间：2024-06-01 10:15⟧<br>⟦p ☌ 第 1 页 / 共 1 页 ☌⟧</div>
</body></html>
""",
        body="""
县市场监督管理局：
4月下旬，我所对全县12个集贸市场在用的杆秤和秤砣进行了抽检，共抽检杆秤86杆、秤砣86只，合格79杆（只），合格率91.9%。不合格情况如下：
市场　不合格数量　主要问题
洫田镇菜市场　3　秤砣底部掏空
茬坪集市　2　秤砣灌铅、与秤杆不配套
县城东门市场　2　秤杆刻度磨损
不合格杆秤和秤砣已当场封存，建议对相关经营户依法查处，并加强市场公平秤的日常管理。
砘川县计量检定测试所
2024年5月20日
""",
    ),
    dict(
        slug="print-taixi-school-counting-rods-math-week",
        site="炱溪县实验小学 (invented, print view)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.txsyxx.cn/print.php?aid=1207",
        title="关于开展“算筹里的数学”数学周活动的通知",
        record_title="【打印样稿】关于开展“算筹里的数学”数学周活动的通知·炱溪实小",
        date="2024-11-04",
        notes="print view text: print header with URL and print stamp (no date); 附件 list; the print footer "
        "⛂ 1／1 ⛂ closes the page",
        page="""
!m 炱溪县实验小学　打印稿
!m 网址：http://www.txsyxx.cn/show.php?aid=1207
{T}
{BODY}
!m 打印于 2024-11-06 08:02　打印人：三年级组
!p ⛂ 1／1 ⛂
""",
        indent="\u3000\u3000",
        body="""
各年级组：
为激发学生学习数学的兴趣，学校定于11月11日至15日开展“算筹里的数学”数学周活动。现将有关事项通知如下：
一、一、二年级：用小棒摆算筹数字比赛；
二、三、四年级：算筹加减闯关赛；
三、五、六年级：“古人怎样算账”数学小报评比。
各班要利用数学课做好准备，活动所需算筹由学校总务处统一发放。
附件：1.数学周活动安排表
2.数学小报评分标准
炱溪县实验小学教导处
2024年11月4日
""",
    ),
    dict(
        slug="mail-dushui-museum-letter-replica-brush-washers-webmail",
        site="渎水县博物馆邮箱 (invented webmail reading view)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.dushuimuseum.cn/read?mid=20240320-0841",
        title="关于定制仿宋青瓷笔洗文创产品的函",
        record_title="转发：关于定制仿宋青瓷笔洗文创产品的函（周五前给回复）",
        date="2024-03-18",
        date_also=["2024-03-20"],
        notes="webmail reading view: forwarded header (发件人/收件人/抄送/时间), an attachment bar beside the letter's "
        "own 附件 list and 抄送 line; the letter's contact and mailbox; mail send date differs from the 成文日期",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>转发：关于定制仿宋青瓷笔洗文创产品的函（周五前给回复） - 渎水县博物馆邮箱</title>
<script src="/webmail/js/reader.js"></script></head><body>
<div class="wm-top">⟦m 渎水县博物馆 · 企业邮箱⟧　⟦m 文创部 汤雨霏⟧　⟦a 退出⟧</div>
<div class="wm-tools">⟦a 回复 ｜ 全部回复 ｜ 转发 ｜ 删除 ｜ 标记为未读⟧</div>
<div class="wm-head">
<p>⟦t 转发：关于定制仿宋青瓷笔洗文创产品的函（周五前给回复）⟧</p>
<p>⟦m 发件人：办公室 谭蕙 &lt;bgs@dushuimuseum.cn&gt;⟧</p>
<p>⟦m 收件人：文创部 汤雨霏⟧</p>
<p>⟦m 抄　送：馆长办公室⟧</p>
<p>⟦m 时　间：2024年3月20日（星期三）上午10:06⟧</p></div>
<div class="wm-body">
<p>⟦m ---------- 转发的邮件 ----------⟧</p>
{BODY}
</div>
<div class="wm-attach">⟦a 📎 2 个附件：笔洗文创设计图.pdf（1.2M）｜样品要求.docx（36K）　全部下载⟧</div>
<div class="wm-foot">⟦d 本邮件及附件仅供指定收件人使用，如误收请删除⟧</div>
</body></html>
""",
        body="""
盏湾镇龙窑陶瓷厂：
为配合我馆“清池墨韵”笔洗专题展，我馆拟以馆藏宋代青瓷笔洗为原型，定制一批仿宋青瓷笔洗文创产品。现就有关事项函告如下：
一、定制数量为300件，口径11厘米，釉色、器形按附件设计图制作，底部落“渎博”款。
二、请贵厂于3月29日前寄送样品2件，样品确认后签订合同。
三、产品须通过铅、镉溶出量检测，并随货提供检测报告。
联系人：文创部 汤雨霏　电话：0794-6619835　邮箱：wcb@dushuimuseum.cn
附件：1.笔洗文创设计图
2.样品要求
渎水县博物馆
2024年3月18日
抄送：县文化和旅游局
""",
    ),
    dict(
        slug="mail-boling-emergency-letter-co-alarms-forwarded-text",
        site="帛岭县应急管理局邮件 (invented, forwarded as text)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mail://inbox/2024-10-30/fwd-boling-yjj-0347",
        title="关于商请协助安装煤炉用户一氧化碳报警器的函",
        record_title="Fwd: 关于商请协助安装煤炉用户一氧化碳报警器的函.docx",
        date="2024-10-28",
        date_also=["2024-10-30"],
        notes="a mail forwarded as text: Fwd header lines (发件人/日期/主题/收件人), the letter's own contact line; "
        "mail date differs from the 成文日期; 抄送 line of the letter; mobile signature at the bottom",
        page="""
!m ---------- Forwarded message ---------
!m 发件人：帛岭县应急管理局办公室 <bl_yjj@boling.gov.cn>
!m 日期：2024年10月30日 周三 下午3:12
!m 主题：关于商请协助安装煤炉用户一氧化碳报警器的函.docx
!m 收件人：帛岭县供电公司综合部 <zhb@blgdgs.com>
{T}
{BODY}
!a 附件已由系统转换为正文，原附件请在电脑端下载
!m 发自我的手机邮箱
""",
        indent="\u3000\u3000",
        body="""
帛岭县供电公司：
为防范冬季煤炉取暖引发一氧化碳中毒，我局计划于11月至12月为全县1800户煤炉用户免费安装一氧化碳报警器。贵公司电力网格员熟悉农户情况，特商请贵公司协助以下事项：
一、由各供电所网格员配合乡镇，在入户抄表时帮助确认煤炉用户名单。
二、对安装报警器的农户，顺带检查室内线路，发现私拉乱接的及时告知。
三、请于11月8日前将联系人名单报我局。
联系人：县应急管理局 范立新　电话：0743-2286117
帛岭县应急管理局
2024年10月28日
抄送：各乡镇人民政府。
""",
    ),
]

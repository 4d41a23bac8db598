"""holdout363, part F: exam forums, encyclopaedias, cloud drives, search caches, print views, forwarded mails.

Every page, place, person, firm and URL here is invented; see ../README.md and ../build.py.
"""

CASES = [
    dict(
        slug="examforum-shangan-interview-roaster-stalls-jammer",
        site="上岸驿站公考论坛 (invented)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="html",
        source="https://bbs.shanganyz.com/thread-302197-1-1.html",
        title="校门口烤肠摊屡禁不止，作为市场监管所工作人员你怎么办？",
        record_title="【结构化·基层治理】校门口烤肠摊屡禁不止，作为市场监管所工作人员你怎么办？（附答题思路，求拍砖）- 面试交流 - 上岸驿站",
        date=None,
        notes="exam forum with jammer fonts: reply-to-see prompt, rating row, QQ-group ad; the post time is relative; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【结构化·基层治理】校门口烤肠摊屡禁不止，作为市场监管所工作人员你怎么办？（附答题思路，求拍砖）- 面试交流 - 上岸驿站</title>
<script src="static/js/forum.js?sa7"></script>
</head><body>
<div class="top">⟦m 上岸驿站公考论坛⟧ ⟦m 今日新帖 1,207⟧ <a>⟦a 快速登录⟧</a></div>
<div class="pt">⟦m 上岸驿站 › 面试专区 › 结构化面试交流⟧</div>
<table><tr><td class="pls">⟦m 今年必上岸⟧<br>⟦m 积分 2810　上岸币 77⟧</td>
<td class="plc"><h1>{T}</h1>
<div class="authi">⟦m 楼主　发表于 4 天前　电梯直达⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 本帖隐藏的参考答案需回复才能查看⟧</div>
<div class="rate">⟦l 评分 ｜ 参与人数 12 ｜ 上岸币 +24 ｜ 理由：思路清晰⟧</div>
<div class="po">⟦a 回复　收藏　分享　举报⟧</div></td></tr></table>
<div class="qun">⟦w 面试一对一模拟，加入上岸驿站交流群 QQ群 611092738⟧</div>
<div class="reply">⟦l 沙发 小镇做题家：第三点可以再具体一点，比如联合执法⟧</div>
<div class="ft">⟦m 上岸驿站 Powered by Discuz! ｜ 鄂ICP备20004819号⟧</div>
</body></html>
""",
        p_html='<div class="ans">{}</div>',
        junk=dict(lines=1, glued=2),
        body="""
这道题考查的是基层治理中的应急应变和组织协调能力。下面是我的答题思路，请各位拍砖。
首先，我会摸清情况。放学时段到校门口实地查看，了解摊点数量、烤肠机和食材来源，听听家长、学生和摊主的想法。屡禁不止，说明单纯驱赶效果不好，背后有学生的需求，也有摊主的生计。
其次，我会疏堵结合。对使用无合格证烤肠机、食材来源不明的，依法查处；同时联合城管、街道，在离校门一百米外设置便民疏导点，引导符合条件的摊主进点经营，统一配备带防护罩的烤肠机。
最后，我会建立长效机制。与学校、社区建立联络群，放学时段安排人员值守，定期抽检疏导点食品，并通过家长会引导学生健康饮食。
""",
    ),
    dict(
        slug="examforum-xiaoan-essay-teaser-companionship-junk",
        site="小岸公考论坛 (invented)",
        style="公考论坛",
        genre="申论习作",
        kind="other",
        form="text",
        source="http://www.xiaoangk.com/bbs/shenlun/t-90841.html",
        title="一根逗猫棒里的“陪伴经济”",
        record_title="[申论手记] 一根逗猫棒里的“陪伴经济”（第一次写大作文，求老师批改）",
        date=None,
        notes="exam forum text thread with junk lines and junk glued after 。; a reply-to-see line; no date (posted 6 天前)",
        page="""
!m 小岸公考论坛 - 申论写作版
!m 首页 › 申论写作 › 大作文练笔
!t [申论手记] 一根逗猫棒里的“陪伴经济”（第一次写大作文，求老师批改）
!m 作者：晨读打卡第83天　　发布于 6 天前　　阅读 731　　回复 19
{BODY}
!a 回复后可见批改老师的评分
!l 1楼 申论老梢：立意不错，第三段论据再充实些
!l 2楼 努力的小崛：学习了，陪伴经济这个角度新颖
!m 小岸公考论坛　|　联系管理员　|　手机版
""",
        junk=dict(lines=2, glued=2),
        body="""
在宠物用品店里，一根十几元的逗猫棒常常摆在最显眼的位置。它的畅销，折射出一种正在兴起的“陪伴经济”。
陪伴经济的兴起，源于人们的情感需求。城市里独居的年轻人和空巢老人越来越多，养一只猫、每天用逗猫棒陪它玩上一刻钟，成了不少人排解孤独的方式。据行业统计，近年来我国宠物用品市场规模持续扩大，猫玩具的销量增长尤为明显。
但也要看到，陪伴经济在快速发展中存在一些问题。部分逗猫棒等宠物玩具质量参差不齐，铁丝外露、小零件易脱落，给宠物带来安全隐患；一些商家借“陪伴”之名夸大宣传。
发展陪伴经济，需要多方发力。监管部门要加快完善宠物用品标准，加强质量抽检；企业要把安全放在首位，做好产品；消费者也要理性消费，科学养宠。唯有如此，陪伴经济才能行稳致远。
""",
    ),
    dict(
        slug="baike-zhazhi-entry-carabiner",
        site="栅知百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhazhi.net/item/%E7%99%BB%E5%B1%B1%E6%89%A3/60712",
        title="登山扣",
        record_title="登山扣（户外攀登器材）_栅知百科·器物卷",
        date=None,
        notes="encyclopaedia: 阅读/编辑/讨论/历史 tabs, infobox, contents box, reference markers glued after sentences, an 'edit this section' link; the entry name opens the body (head match); no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>登山扣（户外攀登器材）_栅知百科·器物卷</title>
<script src="/static/wiki/entry.js"></script>
</head><body>
<div class="top">⟦m 栅知百科⟧ ⟦m 人人可编辑的知识库⟧ <a>⟦a 进入词条⟧</a> <a>⟦a 我要创建⟧</a></div>
<div class="tabs">⟦a 阅读　编辑　讨论　历史版本⟧</div>
<h1>{T}</h1>
<p class="alias">⟦m 户外攀登器材⟧</p>
<div class="infobox">⟦m 中文名：登山扣　外文名：carabiner　类别：攀登器材　主要材质：铝合金、钢⟧</div>
<div class="toc">⟦l 目录　1 简介　2 种类　3 使用注意⟧</div>
{BODY}
<div class="ref"><h3>⟦l 参考资料⟧</h3><p>⟦l [1] 《攀登器材使用手册》，山岳出版社⟧</p></div>
<div class="stat">⟦m 词条浏览 48,316 次　编辑 37 次　最近更新 2 个月前⟧</div>
<div class="foot">⟦d 栅知百科词条内容由网友共同编辑，仅供参考⟧ ⟦m ©2025 栅知百科⟧</div>
</body></html>
""",
        body="""
登山扣，又称主锁、铁锁，是攀岩、登山、高空救援等活动中用来连接绳索、安全带和保护点的金属环扣，一般由扣身和可开合的锁门组成。⟦l [1]⟧
按形状分，常见的有O形、D形、偏D形和梨形。D形登山扣受力时重心偏向扣脊，强度较高；梨形登山扣开口大，适合在保护站上挂多根绳子。
按锁门分，有无锁扣、丝扣锁和自动锁三类。无锁扣多用于快挂，丝扣锁和自动锁则用于保护站、下降器等关键位置。⟦a [编辑本段]⟧
使用时应让登山扣沿长轴受力，避免横向受力和锁门受力。登山扣从高处坠落或承受过大冲击后，即使外观无损，也应停止使用。⟦l [1]⟧
需要注意的是，市场上作为钥匙扣出售的“登山扣”多数不能承重，不能用于攀登和保护。
""",
    ),
    dict(
        slug="baike-zhiliao-entry-oil-sprayer",
        site="知了百科 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://www.zhiliaobaike.cn/wiki/penyouhu",
        title="喷油壶",
        record_title="喷油壶（厨房用具）- 知了百科 · 家居生活分类",
        date=None,
        notes="encyclopaedia text page: tabs, an infobox as meta lines, a contents line, reference markers; the entry name opens the body; no date",
        page="""
!m 知了百科 · 家居生活分类
!a 编辑词条　｜　添加义项　｜　讨论
!t 喷油壶（厨房用具）- 知了百科 · 家居生活分类
!m 别名：油喷壶、喷雾油瓶　　类型：厨房用具　　常见材质：玻璃、塑料、不锈钢
!l 目录：定义 ／ 种类 ／ 使用与清洁
{BODY}
!l 参考资料：[1] 《家用厨房器具选购指南》
!m 本词条由“知了百科家居小组”审核　浏览次数：12,604　最近编辑：3 周前
!d 知了百科提醒：词条内容仅供参考，不构成专业建议。
""",
        indent="",
        body="""
喷油壶是一种把食用油以雾状或细线状喷出的厨房用具，常用于煎、烤、凉拌和空气炸锅烹饪，可以使油分布均匀，减少用油量。
按出油方式，喷油壶主要分为按压式和气压式两种。按压式喷油壶每按一下喷出一次油雾，结构简单；气压式喷油壶需要先打气加压，按下阀门后持续喷出油雾，雾化效果较好。⟦l [1]⟧
按材质，喷油壶有玻璃、食品级塑料和不锈钢等类型。玻璃壶便于观察油量，不锈钢壶耐摔，塑料壶轻便但不宜靠近热源。
使用喷油壶时，宜装入常温下呈液态的植物油，不宜装得太满。喷头容易被油垢堵塞，应定期用温水和洗洁精浸泡清洗。
""",
    ),
    dict(
        slug="netdisk-yunbao-work-instruction-sprayer-pdf",
        site="云包网盘 (invented cloud drive)",
        style="网盘分享",
        genre="作业指导书",
        kind="other",
        form="html",
        source="https://pan.yunbao.cc/s/1qW7tKxZ3r?preview=1",
        title="喷油壶组装与气密检测作业指导书",
        record_title="喷油壶组装与气密检测作业指导书.pdf",
        date="2025-06-03",
        notes="cloud-drive preview: save/download buttons, VIP speed prompts, marker paragraphs ⮬n⮭ between the halves of cut paragraphs; the firm's issue date under the body",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>喷油壶组装与气密检测作业指导书.pdf_免费高速下载|云包网盘-分享无限制</title>
<script src="/static/disk/share.min.js"></script>
</head><body>
<div class="bar">⟦m 云包网盘⟧ <a>⟦a 登录⟧</a> <a>⟦a 下载客户端⟧</a></div>
<div class="file"><h2>{T}</h2>
<p>⟦m 文件大小：1.2M　分享时间：2025-06-20 10:08　失效时间：永久有效⟧</p>
<p>⟦m 分享者：晶瓶质检科⟧</p>
<p>⟦a 保存到我的网盘　普通下载　超级会员极速下载⟧</p></div>
<div class="preview">
{BODY}
</div>
<div class="vip">⟦a 预览仅展示前3页，开通超级会员可在线查看全部页面⟧</div>
<div class="tip">⟦d 云包网盘提醒：请勿分享违法违规内容，发现请举报⟧</div>
<div class="foot">⟦m 云包网盘 © 2025　粤ICP备23041176号⟧</div>
</body></html>
""",
        p_html='<p class="pdf-line">{}</p>',
        pages=dict(fmt="⮬{n}⮭", every=100, start=2),
        body="""
1 目的
规范喷油壶组装和气密检测的操作，保证出厂产品不漏油、喷雾均匀。
2 适用范围
本指导书适用于装配车间按压式和气压式喷油壶的组装工序及气密检测工序。
3 作业步骤
3.1 组装前核对壶身、喷头、密封圈和吸管的型号，检查密封圈有无毛边、缺口。
3.2 将吸管插入喷头底部，插入深度不少于8毫米，再把密封圈平整地装入壶盖槽内。
3.3 拧紧壶盖至限位线，扭矩控制在1.2至1.5牛·米。
3.4 气密检测时，将组装好的喷油壶放入检测工装，充气至0.1兆帕，保压30秒，压力下降不超过0.005兆帕为合格。
4 注意事项
不合格品应挂红色标签放入隔离区，不得与合格品混放。
纬阳市晶瓶日用品有限公司
2025年6月3日发布
""",
    ),
    dict(
        slug="netdisk-kuaichuan-pet-shop-rules-docx-markers",
        site="快传盘 (invented cloud drive)",
        style="网盘分享",
        genre="规定",
        kind="rule",
        form="text",
        source="https://www.kuaichuanpan.com/f/8Hs2pQ0w",
        title="萌宠之家宠物店员工日常操作规定",
        record_title="萌宠之家宠物店员工日常操作规定.docx",
        date=None,
        notes="file-name record title; a cloud-drive text preview with page markers ❢ n ❢ on lines of their own cutting paragraphs; 第N条 articles; share and expiry stamps are no dates",
        page="""
!m 快传盘 · 文件分享
!t 萌宠之家宠物店员工日常操作规定.docx
!m 大小 46.3 KB　｜　分享于 1 周前　｜　7 天后失效
!a 转存到我的快传盘　　直接下载　　举报
!m —— 在线预览 ——
{T}
{BODY}
!a 非会员每日仅可预览 3 个文件，开通会员不限次数
!d 快传盘仅提供存储空间，文件内容由分享者负责
""",
        indent="\u3000\u3000",
        pages=dict(fmt="❢ {n} ❢", every=120, start=2),
        body="""
第一条 为规范店内日常操作，保障寄养和待售宠物的安全与健康，制定本规定。
第二条 员工每天开店后应先检查猫舍、犬舍的门锁和通风，清理粪便，更换饮水，并在巡查表上签字。
第三条 陪猫咪玩耍时应使用店内统一配备的逗猫棒，不得用手直接逗弄。逗猫棒用完后须放回工具柜，不得挂在猫舍门上或放在猫咪够得着的地方。
第四条 每周一检查逗猫棒、猫抓板等玩具，绳子磨损、羽毛松脱、铃铛松动的应及时更换，更换情况记入玩具检查表。
第五条 顾客带来的宠物不得与店内宠物混养，洗护前应询问宠物的疫苗和健康情况。
第六条 发现宠物精神不振、呕吐或不进食的，应立即报告店长，必要时送合作宠物医院就诊。
第七条 本规定自公布之日起施行。
""",
    ),
    dict(
        slug="snapshot-xunji-zoo-giant-teaser-wand",
        site="寻迹搜索快照 (invented search cache)",
        style="搜索快照",
        genre="新闻",
        kind="news",
        form="html",
        source="https://cache.xunji-search.com/c?u=www.wyzoo.cn/news/2025/0808/218.html&k=%E9%80%97%E7%8C%AB%E6%A3%92",
        title="纬阳动物园给老虎做了根“巨型逗猫棒”",
        record_title="纬阳动物园给老虎做了根“巨型逗猫棒” - 园区动态 - 纬阳动物园（寻迹快照）",
        date="2025-08-08",
        notes="search cache frame: capture banner with a snapshot time (no date), highlighted search terms, the zoo's own page inside; the zoo's 发布日期 byline is the date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>纬阳动物园给老虎做了根“巨型逗猫棒” - 园区动态 - 纬阳动物园（寻迹快照）</title>
<style>.hl{background:#ffe46b}</style>
</head><body>
<div class="cache-head">⟦d 这是寻迹搜索保存的网页快照，网页可能已经更新，请点击查看最新页面⟧<br>
⟦m 快照生成时间：2025年9月30日 04:12⟧<br>
⟦m 已为您标出以下关键词：<span class="hl">逗猫棒</span> <span class="hl">老虎</span>⟧<br>
⟦a 寻迹不对快照中的内容负责⟧</div>
<div class="orig">
<div class="zoo-head">⟦m 纬阳动物园 · 与自然面对面⟧ ⟦m 园区首页　游园指南　动物明星　科普教育　园区动态⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布日期：2025-08-08　来源：纬阳动物园宣传科⟧</div>
{BODY}
<div class="ticket">⟦a 购票请关注“纬阳动物园”小程序⟧</div>
<div class="zoo-foot">⟦m 纬阳动物园　地址：纬阳市梢岭路200号　游客服务：0775-8209911⟧</div>
</div>
</body></html>
""",
        body="""
天气炎热，动物园里的东北虎“大纬”整天趴在树荫下，不愿活动。为了让它动起来，饲养员们给它做了一根“巨型逗猫棒”。
这根“逗猫棒”由一根三米长的竹竿、一段消防水带和一个装满牛肉的麻布袋组成。饲养员在笼舍外把竹竿伸进来，晃动麻布袋，“大纬”立刻扑了上去，又拍又咬，玩了二十多分钟。
饲养员崛小峰介绍，这属于动物的“行为丰容”。老虎是猫科动物，天性喜欢追逐和扑咬，用类似家猫逗猫棒的方式，可以激发它的捕猎本能，减少刻板行为。
目前，园区已为狮子、豹子等猫科动物设计了十多种丰容玩具，游客在每天上午十点的喂食时间可以看到。
""",
    ),
    dict(
        slug="snapshot-huisou-bulletin-night-market-gas-oneline",
        site="慧搜文字快照 (invented text cache)",
        style="搜索快照",
        genre="通报",
        kind="notice",
        form="text",
        source="http://wenzi.huisou.cn/cache?id=8d07c1f2&url=jcz.jueshan.gov.cn%2Fscjg%2F2025%2F0630%2F44.html",
        title="崛川镇市场监管所关于夜市小吃摊点燃气使用安全检查情况的通报",
        record_title="崛川镇市场监管所关于夜市小吃摊点燃气使用安全检查情况的通报 — 崛川镇人民政府（慧搜文字版快照）",
        date="2025-06-27",
        notes="text-only cache: capture stamp (no date), the whole body on one line with paragraphs apart only by their indent; 成文日期 under the signature; the bracketed highlight list at the top",
        page="""
!d 〔慧搜文字快照〕本页为纯文字版本，图片与样式已省略，原网页可能已变动
!m 快照抓取于：21 天前
!m 高亮词：〈小丸子机〉〈燃气〉〈夜市〉
!t 崛川镇市场监管所关于夜市小吃摊点燃气使用安全检查情况的通报 — 崛川镇人民政府（慧搜文字版快照）
!m 崛川镇人民政府 > 政务公开 > 市场监管
{BODY}
!a 查看原网页　｜　查看图片版快照
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
6月20日至25日，崛川镇市场监管所联合镇应急办、派出所，对镇区夜市的42家小吃摊点燃气使用情况进行了安全检查。现将检查情况通报如下。
检查发现，使用燃气的小吃摊点共17家，其中章鱼小丸子摊点6家。存在的主要问题有：5家摊点的燃气胶管老化龟裂，3家使用的燃气小丸子机没有熄火保护装置，2家把液化气钢瓶放在灶具正下方，4家未配备灭火器。
对检查发现的问题，已当场下达整改通知书，要求7月5日前整改完毕。其中2家问题较多的摊点已责令暂停使用燃气设备。
下一步，所里将对整改情况逐户复查，并鼓励摊点把燃气小丸子机更换为电热款。
崛川镇市场监管所
2025年6月27日
""",
    ),
    dict(
        slug="print-weiyang-bulletin-supermarket-roasters",
        site="纬阳市市场监督管理局网站打印页 (invented)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="http://scjgj.weiyang.gov.cn/xxgk/jdjc/202509/t20250912_51922.html?print=1",
        title="关于全市商超烤肠机使用情况专项检查的通报",
        record_title="〖打印预览·文档〗关于全市商超烤肠机使用情况专项检查的通报 · 纬阳市市场监督管理局",
        date="2025-09-10",
        date_also=["2025-09-12"],
        notes="print view calling window.print(): print/close buttons, the page URL and print time, a table of inspection results; the print footer ⤼ 页1 / 共1 ⤽ closes the page; posting date differs from 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〖打印预览·文档〗关于全市商超烤肠机使用情况专项检查的通报 · 纬阳市市场监督管理局</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();}</script>
</head><body>
<div class="noprint">⟦a 〔立即打印〕〔关闭预览〕⟧</div>
<div class="ph">⟦m 纬阳市市场监督管理局　信息公开⟧</div>
<h2>{T}</h2>
<div class="pm">⟦m 发布日期：2025-09-12　　信息来源：食品经营监管科⟧</div>
{BODY}
<div class="pu">⟦m 本页网址：http://scjgj.weiyang.gov.cn/xxgk/jdjc/202509/t20250912_51922.html⟧</div>
<div class="pt">⟦m 打印时间：2025-10-03 15:27⟧</div>
<div class="pf">⟦p ⤼ 页1 / 共1 ⤽⟧</div>
</body></html>
""",
        body="""
各县（区）市场监管局，局机关有关科室：
8月下旬，市局组织对全市大中型超市、便利店使用的烤肠机开展了专项检查，共检查商超门店156家、烤肠机203台。现将检查情况通报如下。
一、检查结果
项目　检查数　问题数
烤肠机未加装防护罩　203台　21台
香肠超时存放未处理　156家　18家
未落实每日清洁记录　156家　26家
设备无合格证明　203台　7台
二、下一步要求
各县（区）局要督促有问题的门店在9月30日前完成整改；对设备无合格证明的，依法责令停止使用。各门店要建立烤肠机清洁和烤制时间记录，烤制超过规定时间的香肠须及时下架销毁。
纬阳市市场监督管理局
2025年9月10日
""",
    ),
    dict(
        slug="print-shaoling-notice-outdoor-bases-record",
        site="梢岭县文化广电旅游体育局 打印视图 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="text",
        source="https://wlj.shaoling.gov.cn/tzgg/2025/0703/319.html?view=print",
        title="关于做好暑期户外拓展基地安全检查工作的通知",
        record_date="2025-07-03",
        date="2025-07-03",
        notes="record title and date as is; a print view as text: print/close buttons, the page address, a print stamp and the print footer ▙ 第1页·共1页 ▙",
        page="""
!a ‹ 送去打印 ›　‹ 关掉视图 ›
!m 梢岭县文化广电旅游体育局
{T}
!m 发布日期：2025-07-03
{BODY}
!m 网址：https://wlj.shaoling.gov.cn/tzgg/2025/0703/319.html
!m 打印于 2025-07-21 08:40
!p ▙ 第1页·共1页 ▙
""",
        indent="\u3000\u3000",
        body="""
各乡镇文化站，各户外拓展基地：
暑期是户外拓展活动的高峰期。为防范高空项目安全事故，现就做好户外拓展基地安全检查工作通知如下。
一、各基地要在7月10日前完成一次全面自查，重点检查高空项目的钢缆、保护绳、安全带和登山扣，建立器材检查记录。
二、登山扣须使用带锁款，锁门回弹不灵、扣身磨损或坠落过的立即报废，不得继续使用。
三、高空项目须由持证教练全程保护，学员上下场时由教练检查登山扣是否锁好。
四、县局将于7月中旬组织抽查，检查结果在全县通报。
梢岭县文化广电旅游体育局
2025年7月3日
""",
    ),
    dict(
        slug="mail-wyvtc-inquiry-letter-takoyaki-docx",
        site="纬阳职业技术学院 邮件系统 (invented webmail)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.wyvtc.edu.cn/cgi/readmail?mid=ZL4120-0917-022",
        title="关于采购章鱼小丸子机的询价函",
        record_title="转给你：关于采购章鱼小丸子机的询价函.docx",
        date="2025-09-15",
        date_also=["2025-09-17"],
        notes="webmail reading view: toolbar, a forwarded header with its own send time, an attachment bar beside the body's 附件 list; the letter's contact and mailbox; the send date differs from the letter's date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>转给你：关于采购章鱼小丸子机的询价函.docx - 纬阳职院邮箱</title>
<script src="/js/webmail.core.js"></script>
</head><body>
<div class="mtop">⟦m 纬阳职院邮箱⟧ ⟦m shi.pengren@wyvtc.edu.cn⟧ <a>⟦a 退出⟧</a></div>
<div class="mtool">⟦a 返回　回复　回复全部　转发　删除　标记为…　移动到…⟧</div>
<div class="mhead">
<h3>{T}</h3>
<p>⟦m 发件人：实训中心 梢老师 &lt;shao.sx@wyvtc.edu.cn&gt;⟧</p>
<p>⟦m 收件人：丸香电器销售部 &lt;sales@wanxiang-dq.com&gt;⟧</p>
<p>⟦m 时　间：2025年9月17日（星期三）上午10:24⟧</p>
<p>⟦m 附　件：1 个（关于采购章鱼小丸子机的询价函.docx）⟧</p></div>
<div class="mfwd">⟦m -------- 转发邮件 --------⟧</div>
<div class="mbody">
{BODY}
</div>
<div class="attach">⟦a 📎 关于采购章鱼小丸子机的询价函.docx（22.6K）　预览　下载　存网盘⟧</div>
<div class="mfoot">⟦d 本邮件由纬阳职院邮件系统发送，如非本人请删除⟧</div>
</body></html>
""",
        body="""
纬阳市丸香电器有限公司：
我院烹饪与营养学院因实训教学需要，拟采购电热章鱼小丸子机一批。现向贵公司询价，请于9月24日前报价。
一、采购需求：商用双板电热章鱼小丸子机6台，每板不少于28孔，具有3C认证，烤盘不粘涂层须提供检测报告。
二、报价要求：报价应包含运输、安装、培训和一年质保费用，注明供货周期。
三、报价方式：报价单加盖公章后，扫描发送至shao.sx@wyvtc.edu.cn，并将原件邮寄至我院实训中心。
联系人：梢老师，电话：0775-8390251。
附件：询价报价单
纬阳职业技术学院实训中心
2025年9月15日
""",
    ),
    dict(
        slug="mail-caiyuan-forward-store-sprayer-rules",
        site="菜园子餐饮集团邮件转发稿 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:stores@caiyuanzi-cy.com?subject=fw-20250507",
        title="关于各门店规范使用喷油壶的通知",
        date="2025-05-06",
        date_also=["2025-05-07"],
        notes="record title as is; a forwarded mail as text: forward header with send time and 抄送, the notice's own 抄送 line in the body, a mail-app signature at the bottom; the send date differs from the notice's date",
        page="""
!m ---------- 转发的邮件 ----------
!m 发件人：集团运营中心 <yunying@caiyuanzi-cy.com>
!m 发送时间：2025年5月7日 9:12
!m 收件人：全体门店店长 <stores@caiyuanzi-cy.com>
!m 抄送：品控部 <pinkong@caiyuanzi-cy.com>
主　题：{T}
{BODY}
!a ——从菜园子移动办公发送——
!d 本邮件及附件仅供指定收件人使用，如误收请立即删除并通知发件人
""",
        indent="",
        body="""
各门店：
为控制菜品用油量，提升出品的健康口碑，集团自今年5月起在各门店推行“喷油代替淋油”的做法。现将有关要求通知如下。
1.煎饺、铁板类、烤蔬菜等菜品，出锅前一律使用喷油壶补油，不再用勺子淋油。
2.喷油壶由品控部统一配发，每个灶台配2只，一只装菜籽油，一只装香油，壶身贴好标签，不得混用。
3.喷油壶每天收市后拆开清洗喷头，晾干后再装油；喷头堵塞或漏油的，报品控部更换。
4.各店长要每周抽查一次，检查情况在周例会上报告。
菜园子餐饮集团运营中心
2025年5月6日
抄送：品控部，采购部。
""",
    ),
]

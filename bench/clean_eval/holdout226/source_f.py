"""holdout226, part F: exam forums, encyclopaedias, cloud drives, search snapshots, print views, mails.

Invented text, sites, places and people; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="examforum-kaogong-interview-feeders-stray-cats",
        site="考公驿站论坛 (invented exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="html",
        source="https://bbs.kaogongyizhan.example.com/thread-552190-1-1.html",
        title="小区有人放自动喂食器喂流浪猫引发矛盾，你怎么处理？",
        record_title="〔面谈题〕小区有人放自动喂食器喂流浪猫引发矛盾，你怎么处理？（附思路框架）- 结构化专区 - 考公驿站论坛",
        date=None,
        notes="an exam forum: a reply-to-see prompt, a QQ-group ad, a rating row, a moderator's highlight line; "
        "'发表于 4 天前' is no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔面谈题〕小区有人放自动喂食器喂流浪猫引发矛盾，你怎么处理？（附思路框架）- 结构化专区 - 考公驿站论坛</title>
<script src="/static/js/forum.js"></script>
</head>
<body>
<div class="top">⟦m 考公驿站论坛 · 一站上岸⟧　⟦a <a>登录</a> ｜ <a>注册驿站号</a>⟧</div>
<div class="bread">⟦m 驿站首页 › 面试交流 › 结构化专区⟧</div>
<div class="thread">
<div class="author">⟦m 今年必上岸 ｜ 驿站秀才 ｜ 帖子 96⟧</div>
<h1>{T}</h1>
<div class="time">⟦m 发表于 4 天前 ｜ 查看 8871 ｜ 回复 132⟧</div>
<div class="hl">⟦m 本帖被版主加入“基层治理”题库⟧</div>
<div class="message">
{BODY}
</div>
<div class="locked">⟦a 隐藏内容：回复本帖后可查看“高分考生逐字稿”⟧</div>
<div class="rate">⟦l 驿站币 +30　热心 +2　共 9 人评分⟧</div>
</div>
<div class="qqad">⟦w 面试一对一模拟，加驿站面试群 QQ 826401937⟧</div>
<div class="foot">⟦m 考公驿站论坛　苏ICP备22011396号　｜　小黑屋　｜　手机版⟧</div>
</body>
</html>
""",
        body="""
作为社区工作人员，我会本着既尊重居民爱心、又维护公共秩序的原则，分三步处理。
第一，摸清情况。我会到现场查看喂食器放置的位置和周边卫生状况，分别听取投喂居民和反对居民的意见，弄清矛盾的焦点是气味、噪音还是安全问题。
第二，协商解决。我会组织双方和物业、业委会代表开一次协调会，建议在远离单元门和儿童游乐区的角落设置固定投喂点，由投喂居民负责每日清理；同时联系小动物保护组织为流浪猫做绝育，从源头控制数量。
第三，建章立制。把协商结果写进小区文明公约，在楼道张贴公示，并定期回访，防止矛盾反复。
总之，处理这类问题既要有温度，也要讲规则，才能让人和动物和谐相处。
""",
    ),
    dict(
        slug="examforum-shenlun-essay-pet-cage-junk",
        site="申论之家论坛 (invented exam forum)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="text",
        source="http://bbs.shenlunzhijia.example.cn/t/30718",
        title="一只宠物笼里的城市文明",
        record_title="[申论练手] 一只宠物笼里的城市文明（请各位帮看立意）- 大作文互评 - 申论之家论坛",
        date=None,
        notes="an exam-forum essay with anti-scraping junk as lines and glued after 。; 'yesterday' stamps are no date; "
        "a reply-to-see prompt and ratings below",
        junk=dict(lines=1, glued=3),
        page="""
!m 申论之家论坛 » 大作文互评
!t [申论练手] 一只宠物笼里的城市文明（请各位帮看立意）
!m 楼主：夜读的小周　昨天 23:05　浏览 1204　回复 27
{BODY}
!a 批改意见已隐藏，回复后可见
!l 评分：申论币 +5　理由：结构清楚，论证可再展开
!l 2# 青衫：开头的事例很好，结尾可以再升华一下
!m 申论之家论坛 | Powered by Discuz!
""",
        body="""
前不久，某小区楼道里出现一只被遗弃的宠物笼，笼里的小狗被邻居发现时已经饿了两天。一只小小的宠物笼，照出了城市养宠文明的短板。
养宠是个人的选择，更是一份责任。从“一时兴起”地领养，到“嫌麻烦”地遗弃，背后是部分养宠人责任意识的缺失。
提升养宠文明，需要制度来托底。各地可以推行犬只登记、植入电子芯片等措施，让每一只宠物都能找到主人，让遗弃行为付出代价。
提升养宠文明，也需要社会来共治。社区可以设立宠物寄养互助点，动物保护组织可以开展领养回访，让有困难的养宠人有处可求。
城市文明，就藏在对每一个小生命的态度里。愿每一只宠物笼，都通向一个温暖的家。
""",
    ),
    dict(
        slug="wiki-zhiyuan-entry-slow-cooker",
        site="知源百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhiyuan.example.com/item/dianduguo/66120",
        title="电炖锅",
        record_title="电炖锅（厨房电器）- 知源百科",
        date=None,
        notes="an encyclopaedia entry: edit/discuss/history tabs, an infobox, a contents box, reference markers glued "
        "after sentences, 'edit this section' links glued to section headings; the entry name (also the first words of "
        "the body) is matched as head; an 'updated' stamp is no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>电炖锅（厨房电器）- 知源百科</title>
<script src="//s.zhiyuan.example.com/baike/item.js"></script>
</head>
<body>
<div class="bk-top">⟦m 知源百科 · 人人可编的知识库⟧　⟦a <a>登录</a> <a>创建词条</a>⟧</div>
<div class="bk-tabs">⟦a 词条 ｜ 编辑 ｜ 讨论 ｜ 修订历史⟧</div>
<h1 class="lemma">{T}</h1>
<div class="lemma-sub">⟦m 厨房电器 ｜ 本词条由“知源百科·家电”团队审核⟧</div>
<table class="infobox">
<tr><td>⟦m 中文名：电炖锅⟧</td></tr>
<tr><td>⟦m 类　别：厨房小家电⟧</td></tr>
<tr><td>⟦m 内胆材质：陶瓷、紫砂、不锈钢⟧</td></tr>
</table>
<div class="catalog">⟦l 目录　1 结构　2 工作原理　3 使用注意⟧</div>
<div class="lemma-body">
{BODY}
</div>
<div class="refs">⟦l 参考资料：[1] 家用电器小百科编写组. 厨房电器选购手册 ｜ [2] 电炖锅使用说明汇编⟧</div>
<div class="stat">⟦m 浏览 18.2万次 ｜ 编辑 27次 ｜ 最近更新 3 天前⟧</div>
<div class="bk-foot">⟦d 词条内容由网友协作编辑，仅供参考⟧　⟦m ©2024 知源百科　京ICP备21033904号⟧</div>
</body>
</html>
""",
        body="""
电炖锅是一种以电为热源、用陶瓷或紫砂内胆对食物进行长时间低温加热的厨房电器，常用于炖汤、煮粥和制作甜品。⟦m [1]⟧
结构⟦a ✎编辑此节⟧
电炖锅一般由外壳、加热盘、内胆、锅盖和温控装置组成。内胆多为陶瓷、紫砂或不锈钢材质，部分产品采用隔水炖的双层结构。
工作原理⟦a ✎编辑此节⟧
加热盘通电后将热量传给内胆，温控装置使锅内温度保持在接近沸点的状态，食物在长时间的小火慢炖中逐渐熟烂，汤汁较为清澈。⟦m [2]⟧
使用注意
陶瓷内胆不宜干烧，加热后不宜立即加入冷水，以免开裂；使用预约功能时，生鲜食材在锅内放置的时间不宜过长。
""",
    ),
    dict(
        slug="wiki-baikezhida-feeder-types-answer",
        site="百科知答 (invented encyclopaedia Q&A)",
        style="百科问答",
        genre="问答",
        kind="other",
        form="text",
        source="https://zhida.baike-example.cn/q/20240619/3392.html",
        title="宠物喂食器有哪些类型？各适合什么情况？",
        record_title="宠物喂食器有哪些类型？各适合什么情况？_百科知答",
        date=None,
        notes="an encyclopaedia Q&A in text: an expert badge, a 'was this helpful' row, related entries; a numbered list in "
        "the answer; an 'updated' stamp is no date",
        page="""
!m 百科知答 › 生活 › 宠物用品
!t 宠物喂食器有哪些类型？各适合什么情况？
!m 知答达人 宠物营养师林禾 ✔认证　　更新于 6 天前
{BODY}
!l 这个回答对你有帮助吗？　有用（402）　没用（7）
!l 相关词条：宠物饮水机 ｜ 猫粮 ｜ 宠物寄养
!d 以上回答仅供参考，宠物健康问题请咨询执业兽医
!m 百科知答 zhida.baike-example.cn
""",
        body="""
市面上的宠物喂食器大致可以分为三类。
1.重力式喂食器。利用粮仓里粮食的重力自动补粮，宠物吃掉多少就补多少，价格便宜、不用插电，但无法控制食量，适合自律性好的宠物短时间使用。
2.定时定量喂食器。通过电机和转盘按设定的时间和份数出粮，适合需要控制体重的猫狗，也适合主人上班或短途出差时使用。
3.智能喂食器。在定时定量的基础上增加了摄像头、手机远程控制和余粮提醒等功能，主人可以随时查看宠物进食情况，但价格较高，对网络环境也有要求。
选择时，除了看功能，还要看粮仓密封性和有没有备用电源，家里有多只宠物的，可以考虑能识别项圈的分餐款。
""",
    ),
    dict(
        slug="clouddrive-yunxia-work-instruction-kettle-pdf",
        site="云匣网盘 (invented cloud drive)",
        style="网盘分享",
        genre="作业指导书",
        kind="rule",
        form="html",
        source="https://pan.yunxia.example.com/s/1Kq8ZtR2v",
        title="养生壶总装线作业指导书",
        record_title="养生壶总装线作业指导书.pdf",
        date=None,
        notes="a cloud-drive preview: share owner and expiry lines, VIP and save-to-drive prompts, a preview-limit line; "
        "decimal headings 2.1–4.2; no date (a share stamp and an expiry are no dates)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>养生壶总装线作业指导书.pdf_免费高速下载 - 云匣网盘</title>
<script src="https://pan.yunxia.example.com/static/preview.js"></script>
</head>
<body>
<div class="yx-top">⟦m 云匣网盘 · 文件随身带⟧　⟦a <a>登录</a> ｜ <a>开通超级匣子会员</a>⟧</div>
<div class="share-info">
<h2>{T}</h2>
<p>⟦m 分享者：总装车间-钟工　分享于 2 个月前　有效期：永久有效⟧</p>
<p>⟦a 保存到我的云匣 ｜ 普通下载 ｜ 会员极速下载⟧</p>
</div>
<div class="preview">
{BODY}
</div>
<div class="limit">⟦a 文档预览仅展示前2页，完整文件请保存后查看⟧</div>
<div class="vip">⟦a 超级匣子会员：下载不限速，预览无页数限制⟧</div>
<div class="yx-foot">⟦d 请勿通过云匣分享违法违规内容，一经发现将封禁链接⟧<br>⟦m ©2024 云匣网盘　粤ICP备20060431号⟧</div>
</body>
</html>
""",
        body="""
1　适用范围
本指导书适用于总装车间养生壶总装线各工位。
2　作业要求
2.1　作业前检查电批扭力是否在规定范围内，并做好点检记录。
2.2　安装温控器时，温控器与加热盘底部须紧密贴合，不得夹有异物。
2.3　壶体与底座装配后，逐台进行耐压测试和接地电阻测试，测试数据由系统自动上传。
3　检验要求
3.1　每台产品出厂前须通电煮水一次，确认指示灯、保温和干烧保护功能正常。
3.2　发现不合格品时，贴红色标签放入隔离区，不得流入下道工序。
4　安全注意事项
4.1　耐压测试区域设置警示线，非操作人员不得进入。
4.2　作业人员须佩戴防静电手环。
""",
    ),
    dict(
        slug="clouddrive-pankou-rules-canteen-cookers-markers",
        site="盘扣网盘 (invented cloud drive, text preview)",
        style="网盘分享",
        genre="规程",
        kind="rule",
        form="text",
        source="https://www.pankou-pan.example.net/share/init?surl=ab7Tq0",
        title="老年助餐点电炖锅安全操作规程",
        record_title="老年助餐点电炖锅安全操作规程.pdf",
        date=None,
        notes="a cloud drive's text preview cut by ⌮n⌮ page markers on lines of their own; 第N条 articles; the share "
        "stamp is no date; a save-to-drive prompt and a preview-limit line",
        indent="",
        pages=dict(fmt="⌮{n}⌮", every=95, start=2),
        page="""
!m 盘扣网盘　｜　文件预览
!t 老年助餐点电炖锅安全操作规程.pdf
!m 来自：鳐湾社会事务办　分享于 2024-10-16　大小 212KB
!a 【存到我的盘扣】　【下载】
{BODY}
!a 在线预览最多显示3页，登录盘扣查看原文件
!d 盘扣网盘仅提供存储服务，分享内容由分享者负责
""",
        body="""
第一条　为规范老年助餐点电炖锅的使用，防止烫伤和电气火灾，制定本规程。
第二条　电炖锅应放置在平稳、防水的台面上，周边五十厘米内不得堆放纸箱、抹布等可燃物。
第三条　使用前检查电源线和插头，发现破损、发热的，应立即停用并报告管理员。
第四条　内胆加水或加汤不得超过最高水位线，不得空锅通电。
第五条　炖煮过程中取放内胆，必须佩戴隔热手套；断电后方可移动锅体。
第六条　每日收餐后清洗内胆和锅盖，擦干外壳，切断电源。
第七条　管理员每周检查一次电炖锅和插座，并在检查记录表上签字。
第八条　本规程自印发之日起执行。
""",
    ),
    dict(
        slug="snapshot-baizhi-consumer-feeder-complaints",
        site="百知搜索网页快照 (invented search cache)",
        style="搜索快照",
        genre="通报",
        kind="report",
        form="html",
        source="http://cache.baizhi-search.example.com/c?u=huchuan-xbw.example.cn/tsfx/2024/0731.html",
        title="琥川县2024年上半年智能宠物用品消费投诉情况分析",
        record_title="琥川县2024年上半年智能宠物用品消费投诉情况分析 - 百知快照",
        date="2024-07-30",
        notes="a snapshot frame: a capture banner (its capture time is no date), highlighted search terms, the original "
        "site's nav inside the frame; 成文日期 under the committee's name",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>琥川县2024年上半年智能宠物用品消费投诉情况分析 - 百知快照</title>
<script src="//cache.baizhi-search.example.com/hl.js"></script>
</head>
<body>
<div class="bz-banner">⟦m 您正在查看百知搜索保存的历史版本，抓取于 2024-08-03 14:27，原网页可能已经更新⟧</div>
<div class="bz-kw">⟦m 已为您标亮搜索词：<b>宠物喂食器</b> <b>投诉</b>⟧　⟦a <a>查看原网页</a>⟧</div>
<div class="bz-frame">
<div class="orig-head">⟦m 琥川县消费者权益保护委员会⟧</div>
<div class="orig-nav">⟦m <a>首页</a> <a>消费警示</a> <a>投诉分析</a> <a>比较试验</a>⟧</div>
<h2>{T}</h2>
<div class="orig-con">
{BODY}
</div>
<div class="orig-foot">⟦m 投诉咨询：12315　地址：琥川县市民中心B座⟧</div>
</div>
<div class="bz-foot">⟦d 百知快照仅为方便访问，与原网页作者无关⟧</div>
</body>
</html>
""",
        body="""
今年上半年，县消保委共受理智能宠物用品投诉86件，同比增长72%，其中宠物喂食器投诉51件，占59.3%。
投诉主要集中在三个方面：一是出粮故障，因卡粮、断电不出粮导致宠物挨饿的有28件；二是远程控制失灵，手机应用无法连接设备的有14件；三是售后服务不到位，商家拖延维修、拒绝退换的有9件。
消保委提醒消费者，购买宠物喂食器时要选择有备用电源的产品，首次使用前应试运行两三天；长时间外出时，不能完全依赖喂食器，最好请亲友上门查看。
目前，上述投诉已调解办结79件，为消费者挽回经济损失2.3万元。
琥川县消费者权益保护委员会
2024年7月30日
""",
    ),
    dict(
        slug="snapshot-textonly-pet-hospital-cage-loans",
        site="百知搜索纯文字快照 (invented search cache, text only)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://cache.baizhi-search.example.com/t?u=anchong-pet.example.cn/gg/0422.html",
        title="关于调整宠物笼租借服务的通知",
        date="2024-04-22",
        notes="a text-only snapshot: the capture banner and the original clinic's lines around the notice; the clinic's "
        "own 前台 phone stays; a capture stamp is no date",
        page="""
!m 【百知文字版快照】原网址：anchong-pet.example.cn/gg/0422.html　抓取时间：2024-05-06
!m 提示：文字版只保留页面文字，图片与样式已省略
!m 縠水县安宠宠物医院　|　首页　|　医院公告　|　预约挂号
{T}
{BODY}
!m 安宠宠物医院　地址：縠水县江滨路72号　营业时间 9:00—21:00
!a 返回百知搜索结果
""",
        body="""
各位宠主：
本院自2022年起为宠主提供宠物笼、航空箱短期租借服务，受到大家欢迎。近期部分归还的宠物笼出现锁扣损坏、底盘缺失等情况，影响了后续宠主使用。经研究，自2024年5月1日起对租借服务作如下调整：
一、租借宠物笼须缴纳押金200元，归还时经检查完好即全额退还。
二、每次租借期限不超过7天，逾期每天收取5元占用费。
三、归还的宠物笼由本院统一清洗消毒后再出借。
咨询电话：0578-2967720（前台）
縠水县安宠宠物医院
2024年4月22日
""",
    ),
    dict(
        slug="printview-huchuan-union-kettles-footer",
        site="琥川县总工会 (invented, print view)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.hcxzgh.example.cn/print.jsp?id=20240530_77",
        title="关于发放2024年端午节职工慰问品的通知",
        record_title="〖印前预览〗关于发放2024年端午节职工慰问品的通知 - 琥川县总工会",
        date="2024-05-30",
        notes="a print view calling window.print(): the print header with URL and print time (no date), the union's own "
        "contact line, a print footer 第1页 ⛯ 共1页 closing the page",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〖印前预览〗关于发放2024年端午节职工慰问品的通知 - 琥川县总工会</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();};</script>
</head>
<body>
<div class="noprint">⟦a 【开始打印】　【返回正文】⟧</div>
<div class="phead">⟦m 琥川县总工会　http://www.hcxzgh.example.cn　打印时间：2024/6/3 09:41⟧</div>
<h2>{T}</h2>
<div class="pbody">
{BODY}
</div>
<div class="pfoot">⟦p 第1页 ⛯ 共1页⟧</div>
</body>
</html>
""",
        body="""
各分工会：
为弘扬中华优秀传统文化，关心关爱职工，经县总工会研究，决定为机关及直属单位在职职工发放端午节慰问品。现将有关事项通知如下：
一、慰问品标准：每人养生壶一台（1.5升玻璃壶身，带干烧保护）、粽子礼盒一份，标准不超过300元。
二、发放时间：6月5日至6月7日。
三、领取方式：各分工会凭职工花名册到县总工会一楼仓库统一领取，领取时请当场清点，核对养生壶外包装有无破损。
四、请各分工会严格执行工会经费使用规定，不得以现金或购物卡代替慰问品。
联系人：许冉　电话：0576-5821306
琥川县总工会办公室
2024年5月30日
""",
    ),
    dict(
        slug="printview-talent-apartment-lock-rules-footer",
        site="琥川县人才服务中心 (invented, print view text)",
        style="打印页",
        genre="制度",
        kind="rule",
        form="text",
        source="http://rcfw.huchuan.gov.example.cn/print/gz_1101.html",
        title="琥川县人才公寓指纹锁使用管理规定（试行）",
        record_title="打印稿 ｜ 琥川县人才公寓指纹锁使用管理规定（试行）",
        date=None,
        notes="a print view in text: print header with URL and print time, 第N条 articles, the management office's own "
        "repair phone; an effective-from clause is no publish date; print footer ⟥ 1 / 1 ⟤",
        page="""
!m 琥川县人才服务中心　　rcfw.huchuan.gov.example.cn/print/gz_1101.html
!m 打印时间：2024-11-20 15:02
{T}
{BODY}
!p ⟥ 1 / 1 ⟤
""",
        body="""
第一条　为规范人才公寓指纹锁的使用管理，保障入住人员居住安全，制定本规定。
第二条　入住人员办理入住手续时，由公寓管理处为其录入指纹，每户最多录入四人。
第三条　入住人员不得将开门密码告知非同住人员，不得私自拆卸、更换门锁。
第四条　指纹锁出现低电量提示时，入住人员应及时更换电池；门锁出现故障的，请拨打管理处报修电话0576-5830688。
第五条　入住人员退房时，管理处当场删除其指纹和密码，并在退房单上签字确认。
第六条　本规定自2024年11月1日起试行。
""",
    ),
    dict(
        slug="mail-webmail-letter-cage-order-attachment-bar",
        site="貅城政务邮箱 webmail (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.xiucheng.gov.example.cn/read?mid=0321-5503",
        title="关于订购不锈钢宠物笼的函",
        record_title="转发：关于订购不锈钢宠物笼的函.docx",
        date="2024-03-20",
        date_also=["2024-03-21"],
        notes="a webmail reading view: folder list, send/receive headers with the send date, a forwarded-mail header, an "
        "attachment bar beside the letter's own 附件 list, the letter's own contact and mailbox; 成文日期 differs from "
        "the send date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>转发：关于订购不锈钢宠物笼的函.docx - 貅城政务邮箱</title>
<script src="/webmail/js/read.js"></script>
</head>
<body>
<div class="wm-top">⟦m 貅城政务邮箱　xiezhen@xcshelter.example.org⟧　⟦a <a>设置</a> <a>退出</a>⟧</div>
<div class="wm-folders">⟦m 收件箱(12)　星标邮件　草稿箱　已发送　垃圾箱⟧</div>
<div class="wm-btns">⟦a 回复　回复全部　转发　删除　标记为未读⟧</div>
<div class="wm-head">
<h3>{T}</h3>
<p>⟦m 发件人：谢蓁 &lt;xiezhen@xcshelter.example.org&gt;⟧</p>
<p>⟦m 收件人：gulong_sales@example.com⟧</p>
<p>⟦m 时　间：2024年3月21日（星期四）上午10:06⟧</p>
</div>
<div class="wm-fwd">⟦m ---------- 转发的邮件 ----------⟧</div>
<div class="wm-body">
{BODY}
</div>
<div class="wm-att">⟦a 附件（2 个）：宠物笼规格要求.docx（128K） 收容中心平面图.pdf（1.6M）　全部下载　在线预览⟧</div>
<div class="wm-foot">⟦d 本邮件系统仅供工作使用，请勿传输涉密信息⟧</div>
</body>
</html>
""",
        body="""
縠水县固笼金属制品有限公司：
我中心因收容规模扩大，拟向贵公司订购不锈钢宠物笼一批。现将有关事项函告如下：
一、订购规格：大号犬笼（120×80×90厘米）30套，中号三层猫笼20套，均需配抽拉式底盘和双锁扣笼门。
二、交货时间：2024年4月15日前送货至我中心，并负责安装。
三、结算方式：货到验收合格后30日内一次付清。
请贵公司收函后于3月27日前回复报价及交货安排。
联系人：谢蓁　电话：0597-3427716　邮箱：xiezhen@xcshelter.example.org
附件：1.宠物笼规格要求
2.收容中心平面图
貅城市流浪动物收容中心
2024年3月20日
""",
    ),
    dict(
        slug="mail-forward-street-notice-canteen-cookers",
        site="forwarded mail as text (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:shequ-haitang@yaowan.example.cn",
        title="关于老年助餐点增配电炖锅的通知",
        record_title="Fwd: [街道转发] 关于老年助餐点增配电炖锅的通知",
        record_date="2024-10-15",
        date="2024-10-15",
        notes="a forwarded mail as text: the forwarder's note, the original headers, a mobile-client signature and a "
        "mail footer around the notice; the record gives the date",
        page="""
!m 发件人：海棠苑社区 <shequ-haitang@yaowan.example.cn>
!m 收件人：各网格员
!m 主题：Fwd: [街道转发] 关于老年助餐点增配电炖锅的通知
!w 各位网格员：街道通知转给大家，请通知到各助餐点。——社区 小沈
!m -------- 转发邮件信息 --------
!m 发件人：鳐湾街道社会事务办 <shwb@yaowan.example.cn>
!m 发送时间：2024年10月15日 16:22
!m 主题：关于老年助餐点增配电炖锅的通知
{BODY}
!m 发自我的手机邮箱
!d 此邮件及附件仅发给指定收件人，如误收请删除
""",
        body="""
各社区居委会：
为提升老年助餐点的服务水平，满足高龄老人对汤品、粥品的需求，街道决定为辖区8个老年助餐点各增配商用电炖锅2台。现将有关事项通知如下：
一、设备由街道统一采购，10月25日前配送到各助餐点。
二、各社区要指定专人负责电炖锅的使用和日常清洁，严格执行《老年助餐点电炖锅安全操作规程》。
三、请各社区于10月20日前将助餐点管理员名单报街道社会事务办。
联系人：社会事务办　凌素　电话：0592-6610235
鳐湾街道办事处
2024年10月15日
""",
    ),
]

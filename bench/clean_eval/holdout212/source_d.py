"""holdout212, part D: Q&A sites, encyclopaedias, personal collections, law firms and
hospitals. Every page, place, person, number and URL is invented; see ../README.md and
../build.py for the markup."""

CASES = [
    dict(
        slug="qa-wenge-pullup-bar-how-many-question-title",
        site="问个明白 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wengemingbai.com/q/1887203.html",
        title="单杠引体向上每天练多少个合适？",
        record_title=None,
        date=None,
        notes="Q&A page: no record title (the question); an adopted-answer badge, a vote row and more answers; a numbered list in the answer; '回答于 3 天前' is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>单杠引体向上每天练多少个合适？_问个明白</title>
<script src="//s.wengemingbai.com/js/qa.js"></script>
</head><body>
<div class="qa-head"><a href="/">⟦m 问个明白⟧</a><span>⟦m 有问题，就问个明白⟧</span><a>⟦a 我要提问⟧</a> <a>⟦a 登录⟧</a></div>
<div class="qa-crumb">⟦m 问个明白 › 体育运动 › 健身⟧</div>
<div class="question"><h1>{T}</h1>
<p class="q-meta">⟦m 提问者：想练出背肌的阿毛　浏览 6,204 次⟧</p></div>
<div class="best"><div class="badge">⟦m ✔ 提问者采纳⟧</div>
<div class="answerer">⟦m 健身教练骆驼　采纳率 92%　回答于 3 天前⟧</div>
<div class="answer-text">
{BODY}
</div>
<div class="vote">⟦a 有用 318　没用 6　评论 12⟧</div></div>
<div class="more"><h3>⟦l 其他 4 条回答⟧</h3><p>⟦l 新手建议先用弹力带辅助，一周练三次就行。⟧</p><p>⟦l 看个人，我每天练，三个月从零到十二个。⟧</p></div>
<div class="related"><h3>⟦l 相关问题⟧</h3><p>⟦l 门框单杠会不会把门框拉坏？⟧</p><p>⟦l 引体向上正手和反手有什么区别？⟧</p></div>
<div class="qa-foot">⟦m 问个明白 wengemingbai.com　京ICP证180773号⟧</div>
</body></html>
""",
        body="""
引体向上不建议天天练，尤其是刚开始练的朋友。背阔肌和肱二头肌练完需要休息恢复，一般隔一天练一次、每周三次就够了。
具体个数看你现在的水平：
1. 一个都拉不上去的，先练悬垂和离心下放，每次从杠上慢慢放下来，用时五秒，做三组，每组五次。
2. 能拉五个以内的，每次练四到五组，每组做到力竭前留一个。
3. 能连续拉十个以上的，可以尝试负重或者变换握距。
另外提醒一下，家里装门框单杠的，每次上杠前一定要检查卡扣是否锁紧，练完把单杠取下来，避免门框长期受力变形。
""",
    ),
    dict(
        slug="qa-wuda-yoga-mat-which-side-up",
        site="悟答网 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.wuda.cn/question/70218344",
        title="瑜伽垫正反面怎么区分？",
        record_title="瑜伽垫正反面怎么区分？ - 悟答网·运动健身",
        date=None,
        notes="Q&A text: an answerer's card, a vote row, related questions; no date (relative time)",
        page="""
!m 悟答网 · 运动健身
{T}
!m 12 人关注 · 被浏览 9,338 次
!m 瑜伽老师小禾　已回答 2,170 个问题　3 天前
{BODY}
!a 赞同 86　|　反对　|　收藏　|　转给朋友
!l 相关问题：瑜伽垫多厚合适？　瑜伽垫可以放洗衣机洗吗？
!m 悟答网 wuda.cn 版权所有
""",
        body="""
这个问题很多新手都会遇到，区分方法主要有三个：
一是看纹理。大多数瑜伽垫正面纹理比较细密、摸起来略有黏手感，用来防止手脚打滑；反面纹理粗大，呈波浪或格子状，用来抓住地面。
二是看标志。很多品牌把商标或体位线印在正面，印字的一面朝上就对了。
三是看手感。用手掌按住垫面往前推，不容易滑动的那一面是正面。
如果两面纹理一样，那就是双面可用的垫子，不用纠结。练完记得把正面朝外卷起来，下次铺开时边角会贴着地面，不容易翘起来。
""",
    ),
    dict(
        slug="wiki-qiwu-vaulting-box-entry-h1",
        site="器物百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://www.qiwubaike.com/item/tiaoxiang-ticao",
        title="体操跳箱",
        record_title=None,
        date=None,
        notes="encyclopaedia entry: no record title (the <h1>, an entry name that opens the body: matched as head); infobox, contents box, edit/discuss/history tabs, a reference marker glued after a sentence, an 'edit this section' link glued to a heading",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>体操跳箱_器物百科</title>
<script src="/static/wiki.js"></script></head><body>
<div class="wk-top"><a href="/">⟦m 器物百科⟧</a> <span>⟦m 认识身边的每一件器物⟧</span> <a>⟦a 创建词条⟧</a> <a>⟦a 登录⟧</a></div>
<div class="wk-tabs">⟦a 词条　修订　讨论　历史⟧</div>
<h1 class="lemma">{T}</h1>
<div class="wk-sub">⟦m 体育器材类词条 · 浏览 12,087 次 · 最近更新：上周⟧</div>
<table class="infobox"><tr><td>⟦m 中文名：体操跳箱⟧</td><td>⟦m 类别：体操器材⟧</td></tr><tr><td>⟦m 外文名：vaulting box⟧</td><td>⟦m 常见层数：5～8层⟧</td></tr></table>
<div class="toc">⟦l 目录　1 结构　2 用法　3 安全⟧</div>
<div class="wk-body">
{BODY}
</div>
<div class="refs"><h3>⟦l 参考资料⟧</h3><p>⟦l [1] 中小学体育器材配备手册，第3章⟧</p></div>
<div class="wk-foot">⟦d 词条内容由网友共同编辑，仅供参考⟧ ⟦m 器物百科 qiwubaike.com⟧</div>
</body></html>
""",
        body="""
体操跳箱是用于跳跃练习的体操器材，由若干层可拆分的木质箱框和一个包有软垫的箱盖组成，学校体育课和体操训练中都有使用。⟦m [1]⟧
结构⟦a 〔修改本段〕⟧
跳箱一般为五至八层，每层高度二十厘米左右，可根据练习者身高和水平增减层数。箱盖多用皮革或帆布包覆泡沫，表面要求防滑。
用法
练习时，练习者经助跑、踏板起跳后双手撑箱，完成分腿腾越、屈腿腾越等动作，落在箱后的体操垫上。
安全
使用前应检查各层箱框是否对齐卡牢，踏跳板与箱体的距离要适当，练习时须有保护人员站在箱侧。
""",
    ),
    dict(
        slug="wiki-qiqu-bicycle-bell-entry-decorated",
        site="骑趣百科 (invented cycling encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://baike.qiqu.bike/wiki/车铃",
        title="车铃",
        record_title="车铃（自行车部件）- 骑趣百科",
        date=None,
        notes="encyclopaedia entry as text: an entry name that opens the body (matched as head), edit/discuss/history tabs, a contents box, references; '最近更新：昨天' is no date",
        page="""
!m 骑趣百科 · 骑行知识库
!a 编辑词条 | 讨论 | 历史版本
{T}
!m 自行车部件 · 本词条由骑趣百科认证编辑 · 最近更新：昨天
!l 目录：1 构造　2 使用与保养　3 相关规定
{BODY}
!l 参考资料：[1] 自行车车铃通用技术要求
!l 同类词条：车灯 | 挡泥板 | 脚撑
!d 本站词条内容仅供参考，不构成任何产品建议。
""",
        body="""
车铃，又称自行车铃，是安装在自行车车把上、用于提醒行人和其他车辆的发声装置，按发声方式可分为拨动式、转铃式和按压式。
构造
传统车铃由铃盖、铃座、拨杆和内部的弹簧、击锤组成，拨动拨杆时击锤敲击铃盖发声。铃盖多用黄铜、钢或铝合金制成，黄铜铃的声音最为清亮。
使用与保养
车铃应安装在拇指容易触及的位置，不得妨碍刹车操作。雨后宜擦干铃座，定期在转轴处滴少量润滑油，防止锈死。
相关规定
不少地方的非机动车管理规定要求自行车装置车铃，并保持完好有效。
""",
    ),
    dict(
        slug="collection-shiliuyuan-memoir-wooden-vaulting-box",
        site="石榴院文集 (invented, a retired PE teacher's collection, old table layout)",
        style="个人文集",
        genre="回忆散文",
        kind="other",
        form="html",
        source="http://www.shiliuyuan.net/wenji/juan2/017.htm",
        title="那台老木跳箱",
        record_title="《石榴院随笔》卷二·那台老木跳箱",
        date=None,
        notes="old table layout: 正體/简体 and 大字 links, chapter links, a visitor counter and the author's mailbox; a memoir with years only (no date)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>《石榴院随笔》卷二·那台老木跳箱</title>
<script language="JavaScript" src="../js/zh.js"></script>
</head><body bgcolor="#FFFBEF">
<table width="760" align="center" border="0"><tr><td align="center">⟦m 石榴院文集⟧</td></tr>
<tr><td align="right">⟦a <a href="javascript:toTrad()">正體</a> | <a href="javascript:toSimp()">简体</a> | <a href="javascript:bigFont()">大字阅读</a>⟧</td></tr></table>
<table width="760" align="center" border="0"><tr><td>⟦m 首页 → 石榴院随笔 → 卷二⟧</td></tr>
<tr><td align="center"><font size="5">{T}</font></td></tr>
<tr><td align="center">⟦m 穆守田　著⟧</td></tr>
<tr><td class="wen">
{BODY}
</td></tr>
<tr><td align="center">⟦l 上一篇：师范三年⟧　⟦l 目录⟧　⟦l 下一篇：沙坑里的星星⟧</td></tr></table>
<table width="760" align="center" border="0"><tr><td align="center">⟦m 本文集已接待读者 26193 人次⟧</td></tr>
<tr><td align="center">⟦m 与作者通信：shiliuyuan_mu@163.com⟧</td></tr>
<tr><td align="center">⟦d 文集文字为作者原创，转载请先来信征得同意⟧</td></tr></table>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
一九八三年秋天，我从师范学校毕业，分到戟川县坨湾中学教体育。学校的器材室只有一间小平房，最显眼的就是一台老木跳箱，六层，箱盖包的是猪皮，已经磨得发白。
那时候没有体操垫，落地区铺的是我和学生从河滩上挑来的细沙。每次上跳箱课前，我都要先把沙坑翻一遍，把石子捡干净。
有一年冬天，跳箱最底下一层裂了。我借来木匠的刨子和胶，在器材室里修了两个晚上，又用铁皮包了四个角。那台跳箱后来又用了十多年，直到学校盖了新体育馆才退役。
退休那年我回学校看过一次，它还在器材室的角落里，箱盖上的补丁一块压着一块。
""",
    ),
    dict(
        slug="collection-tiegeda-essay-cement-dumbbells-record-title",
        site="铁疙瘩集 (invented, a personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://tiegeda.me/ji/14.html",
        title="爷爷的水泥哑铃",
        date=None,
        notes="record title as is; an essay without a date; a collection's series line, chapter links and an add stamp ('2 周前' is no date)",
        page="""
!m 铁疙瘩集 · 第十四篇
{T}
!m 字数：352　收录于 2 周前　阅读 418
{BODY}
!l 目录 ｜ 上一篇：殳河码头 ｜ 下一篇：老屋的天井
!d 铁疙瘩集文字版权归作者所有，未经同意请勿转载。
""",
        indent="\u3000\u3000",
        body="""
爷爷年轻时在殳河码头扛过大包，一辈子闲不住。七十岁那年，他说胳膊没劲了，要练练。
他没舍得买哑铃，找来两个装过罐头的铁皮罐，灌满水泥，中间插一截钢管，晾了一个礼拜，一副水泥哑铃就做成了。两头的罐子大小不一样，一边重一边轻，他也不在乎，每天早上在院子里举一百下。
我上初中时偷偷试过，举了二十下就胳膊发酸，爷爷在一旁笑：“年轻人，不如老头子。”
后来爷爷搬到城里，那副哑铃没带走，一直立在老屋的墙角。去年回老家，我把它擦干净放进了车后备箱。它现在就在我的书房里，掂一掂，还是一边重一边轻。
""",
    ),
    dict(
        slug="law-taoheng-case-note-gym-dumbbell-injury",
        site="韬衡律师事务所 (invented)",
        style="律所网站",
        genre="案例评析",
        kind="other",
        form="html",
        source="https://www.taoheng-law.com/case/2024/118.html",
        title="健身房哑铃砸伤会员，责任怎么分？",
        record_title="以案说险｜健身房哑铃砸伤会员，责任怎么分？｜韬衡律师事务所",
        date=None,
        notes="law firm: a lawyer card, a consult float with a 400 line, a 本文链接 block and a repost notice; a case note with 【案情】【裁判】【律师提示】 (no date)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>以案说险｜健身房哑铃砸伤会员，责任怎么分？｜韬衡律师事务所</title>
<script src="/js/site.js"></script>
</head><body>
<div class="law-top">⟦m 韬衡律师事务所⟧ ⟦m 以法为衡　以诚为本⟧</div>
<div class="law-nav">⟦m 首页　律所简介　专业领域　律师团队　案例评析　联系我们⟧</div>
<div class="law-crumb">⟦m 首页 / 案例评析 / 人身损害⟧</div>
<div class="law-art">
<h1>{T}</h1>
<div class="law-card">⟦m 主办律师：覃思远　执业证号 14307201811067221⟧</div>
<div class="law-text">
{BODY}
</div>
<div class="law-link">⟦m 本文链接：https://www.taoheng-law.com/case/2024/118.html⟧</div>
<div class="law-copy">⟦d 本所原创内容，转载须注明出处及作者⟧</div>
</div>
<div class="law-float"><p>⟦w 人身损害纠纷免费初步咨询⟧</p><p>⟦w 400-117-2288⟧</p><p>⟦a 在线留言⟧</p></div>
<div class="law-foot">⟦m 韬衡律师事务所　地址：韬州市弢城区韬光路168号金融大厦21楼⟧<br>⟦m 湘ICP备21004466号⟧</div>
</body></html>
""",
        body="""
【案情】会员刘某在某健身房做哑铃卧推，训练结束后将两只二十公斤的哑铃随手放在卧推凳旁。十分钟后，另一会员周某经过时被滚落的哑铃砸伤脚背，花去医疗费一万二千余元。周某将刘某和健身房一并诉至法院。
【裁判】法院认为，刘某未将哑铃放回哑铃架，是造成损害的直接原因，应承担主要责任；健身房作为经营场所的管理者，未安排教练巡场、未及时归位器械，未尽到安全保障义务，应承担相应的责任。最终判决刘某承担百分之七十，健身房承担百分之三十。
【律师提示】健身房应在自由力量区张贴器械归位提示，配足巡场人员；会员用完哑铃要放回原位，否则可能要为他人的损失买单。
""",
    ),
    dict(
        slug="law-jiancheng-letter-dumbbell-noise-neighbour",
        site="弩阳鉴诚律师事务所网站 (invented)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="text",
        source="https://www.jiancheng-lawyer.cn/fanli/2024/1206.html",
        title="关于夜间摔放哑铃产生噪声一事的律师函",
        record_title="【律师函范例】关于夜间摔放哑铃产生噪声一事的律师函 - 鉴诚律所",
        date="2024-12-06",
        notes="law firm's sample letter: a consult hotline, a 本文链接 line and a disclaimer; the letter's own date under the signature",
        page="""
!m 弩阳鉴诚律师事务所 · 文书范例
{T}
!m 栏目：律师函　｜　浏览：1,532
{BODY}
!d 本文为真实函件的脱敏版本，仅供参考，具体问题请咨询执业律师。
!w 邻里纠纷、物业纠纷咨询热线 400-860-3171
!m 本文链接：https://www.jiancheng-lawyer.cn/fanli/2024/1206.html
!l 相关范文：关于高空抛物一事的律师函　｜　关于占用消防通道一事的律师函
""",
        body="""
致：韬州市弢城区塍南社区某小区3栋602室住户
本所接受同栋502室业主宋女士的委托，就您家中夜间摔放哑铃产生噪声一事，致函如下：
自2024年9月以来，您多次在每日22时至次日凌晨1时在室内摔放哑铃，撞击声通过楼板传至楼下，严重影响委托人一家休息。委托人曾三次上门沟通、两次请物业协调，均未见改善。
根据《中华人民共和国民法典》第二百八十八条、第二百九十四条的规定，不动产的相邻权利人应当正确处理相邻关系，不得违反国家规定排放噪声。
为此，本所律师郑重函告：请您自收到本函之日起，在夜间停止摔放哑铃，并在训练区铺设减震垫。否则，委托人将依法提起诉讼。
弩阳鉴诚律师事务所
律师：晏景和
2024年12月6日
""",
    ),
    dict(
        slug="hospital-taozhou2-rehab-dumbbell-record-date",
        site="韬州市第二人民医院 (invented)",
        style="医院官网",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://www.tzsey.com/kpzs/kfyd/2024/0522/3311.html",
        title="肩周炎康复期如何用小哑铃做训练",
        record_title="【康复园地】肩周炎康复期如何用小哑铃做训练 - 韬州市第二人民医院",
        record_date="2024-05-22",
        date="2024-05-22",
        notes="hospital: a booking float, a 24-hour emergency line and a complaint line beside the department's own 咨询电话 in the last sentence; a numbered list; the record gives the date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【康复园地】肩周炎康复期如何用小哑铃做训练 - 韬州市第二人民医院</title>
<script src="/js/hospital.js"></script>
</head><body>
<div class="h-top">⟦m 韬州市第二人民医院⟧ ⟦m 二级甲等综合医院⟧ ⟦m 急救电话（24小时）：0730-8837120⟧</div>
<div class="h-nav">⟦m 医院概况　科室导航　专家介绍　就医指南　健康科普　院务公开⟧</div>
<div class="h-crumb">⟦m 首页 ＞ 健康科普 ＞ 康复园地⟧</div>
<div class="h-art">
<h1>{T}</h1>
<div class="h-info">⟦m 作者：康复医学科　审核：医务科　发布时间：2024-05-22⟧</div>
<div class="h-body">
{BODY}
</div>
<div class="h-share">⟦l 分享：微信好友　朋友圈　复制链接⟧</div>
</div>
<div class="h-float"><a>⟦a 预约挂号⟧</a><a>⟦a 报告查询⟧</a><a>⟦a 智能导诊⟧</a></div>
<div class="h-foot"><p>⟦m 地址：韬州市弢城区畴溪路27号　投诉电话：0730-8837000⟧</p><p>⟦m 湘ICP备11002731号⟧</p></div>
</body></html>
""",
        body="""
肩周炎进入恢复期后，疼痛明显减轻，但肩关节活动度往往没有完全恢复。这时候，在医生指导下用小哑铃做抗阻训练，有助于增强肩袖肌力、防止复发。
1. 选对重量。一般从零点五公斤到一公斤开始，女性和年龄较大的患者可以用装满水的矿泉水瓶代替。
2. 常用动作。站立位侧平举至与肩同高，俯身位摆动画圈，仰卧位上举，每个动作十至十五次为一组，每天两组。
3. 注意事项。训练以不引起明显疼痛为度，训练后如疼痛加重并持续两小时以上，应减轻重量或暂停训练。
如需个体化康复方案，可到门诊三楼康复医学科就诊，咨询电话：0730-8837215（工作日8:00—17:30）。
""",
    ),
    dict(
        slug="hospital-taozhou-rehab-rules-yoga-mat-disinfection",
        site="韬州市康复医院 (invented)",
        style="医院官网",
        genre="制度",
        kind="other",
        form="text",
        source="http://www.tzkfyy.cn/ygzd/2024/66.html",
        title="康复训练区瑜伽垫清洁消毒管理规定",
        record_title="康复训练区瑜伽垫清洁消毒管理规定_院感管理_韬州市康复医院",
        date=None,
        notes="hospital rules with 第N条 articles and an effective-from-issue clause only (no date); booking and 24-hour lines above and below",
        page="""
!m 韬州市康复医院　预约电话：0730-8851166　24小时值班：0730-8851120
!m 首页 ＞ 院务公开 ＞ 院感管理
{T}
!m 发布部门：医院感染管理科　浏览次数：271
{BODY}
!a 〔打印〕〔关闭〕
!l 上一篇：康复治疗室手卫生管理规定
!l 下一篇：医疗废物分类收集流程
!m 韬州市康复医院 版权所有　湘ICP备16008823号
""",
        body="""
第一条　为预防康复训练区交叉感染，规范瑜伽垫等垫类用品的清洁消毒，制定本规定。
第二条　本规定适用于运动疗法室、儿童康复室和产后康复室使用的瑜伽垫、训练垫。
第三条　患者使用瑜伽垫时应铺一次性垫巾，一人一换。
第四条　每日治疗结束后，治疗师用含有效氯五百毫克每升的消毒液擦拭垫面，作用三十分钟后用清水擦净、晾干。
第五条　垫面被血液、体液污染时，应立即用一次性吸湿材料清除污染物，再按前条规定消毒。
第六条　瑜伽垫出现破损、起皮时应停止使用，并登记更换。
第七条　本规定由医院感染管理科负责解释，自印发之日起施行。
""",
    ),
]

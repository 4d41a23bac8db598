"""holdout250, part E: residents' sites, associations, company sites, training schools, writing apps, exam forums.

Every page, place, person, firm, site, URL and number here is invented; see ../README.md
and ../build.py for the markup. Each case was written by hand.
"""

CASES = [
    dict(
        slug="community-html-yangge-fans-replacement-schedule",
        site="芾棠社区网 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.futangsq.example.cn/tzgg/2024/0318/412.html",
        title="关于社区秧歌队更换秧歌扇和调整排练时间的通知",
        record_title="【居民之家】关于社区秧歌队更换秧歌扇和调整排练时间的通知｜芾棠社区网",
        date="2024-03-18",
        notes=(
            "residents' site with a weather line, a grid member's box and a property duty line; a rehearsal "
            "schedule one row a paragraph; a scan-to-sign-up sentence and the community's own 咨询电话 stay; "
            "date under the signature"
        ),
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【居民之家】关于社区秧歌队更换秧歌扇和调整排练时间的通知｜芾棠社区网</title>
<script src="/js/sq.js"></script></head><body>
<div class="sq-top">⟦m 芾棠社区网⟧　⟦m 苒溪城区　多云　14～22℃⟧</div>
<div class="sq-nav">⟦m 首页　社区公告　党建引领　便民服务　邻里圈⟧</div>
<div class="sq-crumb">⟦m 首页 / 社区公告⟧</div>
<h2>{T}</h2>
<div class="sq-meta">⟦m 发布人：社区居委会　发布于 2024-03-18⟧</div>
<div class="sq-body">
{BODY}
</div>
<div class="sq-grid"><h4>⟦l 我的网格员⟧</h4><p>⟦m 第三网格　邹晓棠　13518172206⟧</p></div>
<div class="sq-wy">⟦m 物业24小时值班：0817-68905100⟧</div>
<div class="sq-foot">⟦m 芾棠社区居民委员会　地址：苒溪县芾棠路66号⟧</div>
</body></html>
""",
        body="""
各位秧歌队队员：
社区秧歌队现用的秧歌扇已使用多年，部分扇骨断裂、扇面破损。经社区居委会研究，决定为秧歌队统一更换一批新扇，同时调整春季排练时间。
一、3月25日起，队员凭旧扇到社区活动室以旧换新，每人一对，旧扇由社区统一回收。
二、春季排练时间安排如下：
星期　时间　地点
周一、三、五　19:00—20:30　社区小广场
周六　9:00—10:30　社区活动室
三、新加入的居民请扫描社区公告栏上的二维码报名。
咨询电话：0817-68903317（社区居委会）。
芾棠社区居民委员会
2024年3月18日
""",
    ),
    dict(
        slug="community-text-sleeve-covers-for-sanitation-workers-pledge",
        site="蓥华社区服务网 (invented, text capture)",
        style="社区网站",
        genre="倡议书",
        kind="notice",
        form="text",
        source="http://yinghua-sq.example.net/gg/1126.html",
        title="为环卫工人缝一副冬季套袖——致蓥华社区居民的倡议书",
        record_title="邻里倡议丨为环卫工人缝一副冬季套袖——致蓥华社区居民的倡议书",
        date="2024-11-20",
        notes=(
            "residents' site as text with a volunteer-points prompt glued before a paragraph and a property hotline; "
            "a sentence asking residents to share the pledge as content; date under the signature"
        ),
        page="""
!m 蓥华社区服务网
!m 首页 > 社区动态 > 倡议书
!t 邻里倡议丨为环卫工人缝一副冬季套袖——致蓥华社区居民的倡议书
!m 作者：社区志愿者服务站　　浏览 276
{BODY}
!m 物业客服（24小时）：0736-57866600
!a 返回上一页　｜　回到顶部
""",
        body="""
亲爱的居民朋友们：
天气一天天冷了，每天清晨，环卫工人都在寒风里清扫我们的街道。他们的袖口常常被污水和落叶弄湿，一天下来，手腕冻得通红。
社区志愿者服务站倡议：请会针线的居民朋友，用家里闲置的布料，为环卫工人缝一副加绒套袖。
⟦a 参与志愿活动可在“蓥华志愿”小程序累计积分⟧缝好的套袖请于12月10日前送到社区服务站，由志愿者统一清洗、包装后送到环卫工人手中。不会针线的朋友，也可以捐赠布料和松紧带。
也欢迎大家把这份倡议分享到楼栋群，让更多邻居加入进来。一副套袖，暖的是手腕，更是人心。
蓥华社区志愿者服务站
2024年11月20日
""",
    ),
    dict(
        slug="association-html-scale-makers-pledge-pan-material",
        site="邴城市衡器行业协会 (invented association site)",
        style="行业协会",
        genre="倡议书",
        kind="notice",
        form="html",
        source="http://www.bchqxh.example.org.cn/xhdt/2024/0520/158.html",
        title="关于规范计价秤秤盘生产销售的自律倡议",
        date_also=["2024-05-21"],
        record_title="〖衡器人倡议〗关于规范计价秤秤盘生产销售的自律倡议 - 协会动态 - 邴城市衡器行业协会",
        date="2024-05-20",
        notes=(
            "association site with a member-login row and a member hotline; the association's name is also the "
            "signature (head and tail matches); date in Chinese numerals under the signature"
        ),
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>〖衡器人倡议〗关于规范计价秤秤盘生产销售的自律倡议 - 协会动态 - 邴城市衡器行业协会</title>
<script src="/js/xh.js"></script></head><body>
<div class="xh-top">⟦a 会员单位登录⟧ ⟦a 入会申请⟧</div>
<div class="xh-logo">⟦m 邴城市衡器行业协会⟧</div>
<div class="xh-nav">⟦m 首页　协会概况　协会动态　政策法规　会员风采　联系我们⟧</div>
<div class="xh-loc">⟦m 首页 → 协会动态⟧</div>
<h1>{T}</h1>
<div class="xh-meta">⟦m 2024-05-21　协会秘书处⟧</div>
<div class="xh-con">
{BODY}
</div>
<div class="xh-side"><h4>⟦l 会员风采⟧</h4><p>⟦l 堋口衡器厂通过计量器具型式批准复审⟧</p></div>
<div class="xh-foot">⟦m 会员服务专线：0519-62175210⟧<br>⟦m 邴城市衡器行业协会⟧　⟦m 版权所有 2016—2024⟧</div>
</body></html>
""",
        body="""
全市衡器生产、销售和维修企业：
5月20日是世界计量日。近年来，个别商贩在秤盘上做手脚坑害群众，也有少数企业生产、销售带夹层或可拆卸底板的秤盘，损害了行业声誉。为此，协会向全体会员单位发出如下倡议：
一、不生产、不销售带夹层、空腔或磁吸结构的秤盘，秤盘与秤体一一对应、同号出厂。
二、不为商户加装、改装秤盘，发现商户要求改装的，及时向市场监管部门报告。
三、维修计价秤时如实登记秤盘状况，维修记录保存两年以上。
让每一只秤盘都经得起翻过来看。
邴城市衡器行业协会
二〇二四年五月二十日
""",
    ),
    dict(
        slug="association-text-dragon-lion-council-minutes-vote",
        site="芏阳县龙狮运动协会 (invented, text capture)",
        style="行业协会",
        genre="会议纪要",
        kind="other",
        form="text",
        source="http://www.tylongshi.example.cn/xhgg/2025/0112/67.html",
        title="芏阳县龙狮运动协会第二届理事会第四次会议纪要",
        date="2025-01-11",
        notes=(
            "the record gives the title as is; the minutes' 时间/地点/主持/出席/列席/记录 lines and a vote count "
            "stay in the body; the 时间 line is the date; an 'apply to join' line between paragraphs"
        ),
        page="""
!m 芏阳县龙狮运动协会
!m 首页 ｜ 协会公告 ｜ 赛事活动 ｜ 入会须知
{T}
!m 发布：协会秘书处　　点击：137
{BODY}
!l 上一篇：2024年全县龙狮大赛获奖名单
!m 协会地址：芏阳县体育中心二楼　邮箱：tylongshi@example.cn
""",
        body="""
时间：2025年1月11日上午9:00
地点：芏阳县体育中心二楼会议室
主持：会长 聂长庚
出席：理事15人
列席：监事 2人
记录：副秘书长 裘安
会议审议通过了《关于设立狮头扎制传习点的方案》，表决结果：同意14票，反对0票，弃权1票。
⟦a 想加入协会？到体育中心二楼领取入会申请表⟧
会议决定：一、在垓湾镇聂记狮头作坊设立协会狮头扎制传习点，每年招收学徒不少于4人；二、协会每年安排专项经费2万元，用于学徒补贴和材料采购；三、元宵节期间组织会员狮队开展安全巡查，重点检查狮头骨架和头箍。
""",
    ),
    dict(
        slug="company-html-oilproof-sleeve-covers-launch",
        site="埴湖安途劳保用品有限公司 (invented company site)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.antu-laobao.example.com/news/2024/1015/88.html",
        title="安途劳保推出可拆洗防油套袖",
        record_title="安途劳保推出可拆洗防油套袖 - 新闻中心 - 安途劳保官网",
        record_date="2024-10-15",
        date="2024-10-15",
        notes=(
            "company site with a cookie notice and a service float; the record gives the date; a repeated title "
            "glued to the company news lead; a product-ad line between paragraphs"
        ),
        page="""
<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>安途劳保推出可拆洗防油套袖 - 新闻中心 - 安途劳保官网</title>
<script src="/assets/js/site.min.js"></script></head><body>
<div class="cookie">⟦d 本网站使用Cookie以改善您的浏览体验，继续浏览即表示同意⟧ <button>⟦a 知道了⟧</button></div>
<header><a class="logo">⟦m 安途劳保⟧</a><nav>⟦m 首页　产品中心　新闻中心　工厂实力　联系我们⟧</nav></header>
<div class="crumb">⟦m 新闻中心 › 公司新闻⟧</div>
<h1>{T}</h1>
<div class="date">⟦m 2024.10.15⟧</div>
<div class="news-body">
{BODY}
</div>
<div class="pn">⟦l 上一条：公司通过职业健康安全管理体系认证⟧　⟦l 下一条：秋季防护手套新品上市⟧</div>
<div class="float-kf">⟦w 在线客服⟧ ⟦w 批发热线 400-822-6013⟧</div>
<footer>⟦m 埴湖安途劳保用品有限公司　地址：埴湖县工业园纬三路⟧<br>⟦m 湘ICP备19008714号⟧</footer>
</body></html>
""",
        body="""
⟦t 安途劳保推出可拆洗防油套袖⟧近日，埴湖安途劳保用品有限公司推出一款可拆洗防油套袖，主要面向餐饮后厨、食品加工和汽修等岗位。
这款套袖外层为防油涂层面料，内衬为纯棉，两层之间用按扣连接，可以拆开分别清洗。袖口和上口采用宽松紧带，不勒手臂；肘部加了一块耐磨布，使用寿命比普通套袖长一倍左右。
⟦a 批量采购可申请免费样品，点此填写需求⟧
公司负责人介绍，研发这款产品前，技术人员走访了20多家餐馆后厨，发现厨师们最头疼的是套袖油污洗不掉，只能勤换新的。新产品上市一个月，已接到订单1.2万副。
""",
    ),
    dict(
        slug="company-text-price-scale-pan-recall-batches",
        site="堋口衡器厂官网 (invented, text capture)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.pengkou-scale.example.cn/gg/2025/0310/12.html",
        title="关于召回部分电子计价秤秤盘的公告",
        date="2025-03-10",
        notes=(
            "the record gives the title as is; a recalled-batch table one row a paragraph; the recall hotline "
            "stays in the body beside the site's 400 order line; date under the signature"
        ),
        page="""
!m 堋口衡器厂　精准计量　诚信为本
!m 首页 ▏产品展示 ▏企业公告 ▏售后服务
{T}
!m 发布时间：2025年3月10日　｜　浏览次数：1388
{BODY}
!m 订货热线：400-675-2219
!m 堋口衡器厂版权所有　苏ICP备16052240号
""",
        body="""
我厂在质量回访中发现，2025年1月至2月生产的部分ACS-15型电子计价秤，秤盘平面度不符合企业标准，放置货物时秤盘可能轻微晃动，影响称量准确。为保障用户权益，我厂决定召回上述产品的秤盘。
召回范围如下：
生产批号　生产日期　数量（只）
PK2501A　2025年1月6日至1月17日　640
PK2502B　2025年2月10日至2月21日　580
用户可凭购货凭证到原购买网点免费更换秤盘，也可拨打召回专线0519-62377150预约上门更换。
堋口衡器厂
2025年3月10日
""",
    ),
    dict(
        slug="training-html-cashier-class-invoice-clips-brochure",
        site="浯田启明财会培训学校 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.qiming-caikuai.example.cn/kc/chuna.html",
        title="出纳实操小班招生简章",
        record_title="【春季开课】出纳实操小班招生简章（没基础也能跟上）- 启明财会培训",
        date=None,
        notes=(
            "training school with a promo banner and a consult float; the school's own 报名电话 stays beside a "
            "400 franchise line; a course table; no date"
        ),
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【春季开课】出纳实操小班招生简章（没基础也能跟上）- 启明财会培训</title>
<script src="/js/qm.js"></script></head><body>
<div class="promo">⟦a 春季报名立减300元，老学员推荐再送教材⟧</div>
<header>⟦m 启明财会培训⟧ ⟦m 会计 · 出纳 · 税务实操⟧</header>
<nav>⟦m 首页　课程设置　师资力量　学员就业　加盟合作⟧</nav>
<h1>{T}</h1>
<div class="kc">
{BODY}
</div>
<div class="float">⟦w 课程顾问在线答疑⟧<br>⟦a 预约试听⟧</div>
<footer>⟦m 全国加盟热线：400-718-3396⟧<br>⟦m 浯田启明财会培训学校　办学许可证：教民1432050000217号⟧</footer>
</body></html>
""",
        body="""
出纳工作看起来简单，其实处处是细节：一张发票该怎么审、怎么夹、怎么粘，一笔现金怎么收、怎么点、怎么记。本班专为想从事出纳工作的零基础学员开设，手把手教到会。
课程安排如下：
模块　内容　课时
票据整理　发票审核、发票夹分类归集、粘贴单填制　6
现金业务　点钞、收付、日记账登记　8
银行业务　网银操作、对账、支票填写　8
每班限招12人，每名学员配一套实训票据和发票夹、凭证夹。
上课地点：浯田镇新街18号启明大楼三楼。
报名电话：0736-57401126（徐老师）。
""",
    ),
    dict(
        slug="training-text-yangge-fan-class-diary-oneline",
        site="苒溪乐龄艺术培训中心 (invented, text capture)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.ranxi-leling.example.cn/xyfc/109.html",
        title="学秧歌扇花的三个月",
        record_title="学员风采 · 学秧歌扇花的三个月（秧歌提高班）- 乐龄艺术培训",
        date=None,
        notes="a training school's learner page as text, the whole body on one line; a trial-class prompt; no date",
        page="""
!m 苒溪乐龄艺术培训中心
!m 首页 | 课程 | 学员风采 | 报名
!t 学员风采 · 学秧歌扇花的三个月（秧歌提高班）- 乐龄艺术培训
!m 学员：何桂兰（68岁）
{BODY}
!a 免费试听一节秧歌课，点这里预约
!m 乐龄艺术培训中心　咨询：0817-68920557
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
去年秋天，我报了中心的秧歌提高班，专门学扇花。
以前在广场上扭了好几年，扇子只会开合，老师一看就说我手腕是“死”的。第一个月，老师让我们天天练抖扇和绕扇，一只手拿扇，一只手扶着手肘，一练就是半小时。
第二个月学片扇、转扇，扇子好几次从手里飞出去，砸到前排的老姐妹，大家笑成一团。
到第三个月结课汇报，我们班十二个人拿着红扇子跳完一整段《大拜年》，台下孙子举着手机给我录像。
三个月下来，扇子终于“活”了，人也精神了。
""",
    ),
    dict(
        slug="writingapp-html-cashier-duty-report-invoice-clips",
        site="笔落H5 (invented writing app share page)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://h5.biluo-app.example.com/share/article?id=5520981",
        title="2024年度财务室出纳岗位述职报告",
        record_title="2024年度财务室出纳岗位述职报告（高分版）· 笔落App",
        date="2025-01-06",
        notes=(
            "writing app H5 share: an open-app mask, a fold with 'read on in the app', an AI-rewrite button glued "
            "after a 。; date under the signature"
        ),
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>2024年度财务室出纳岗位述职报告（高分版）· 笔落App</title>
<script>window.__SHARE__={aid:5520981,from:"wx"};</script></head><body>
<div class="open-app">⟦a 打开笔落App，一键生成同款述职⟧</div>
<div class="art-head"><h1>{T}</h1><p>⟦m 笔落精选　收藏 1.1万⟧</p></div>
<div class="art-body">
{BODY}
</div>
<div class="fold">⟦a 剩余38%内容已折叠，在App中展开⟧</div>
<div class="mask">⟦a 用App打开，阅读体验更佳⟧ <button>⟦a 立即打开⟧</button></div>
<div class="tj"><h4>⟦l 同类热门⟧</h4><p>⟦l 会计个人年度述职（精简版）⟧</p></div>
<footer class="h5-foot">⟦d 内容由笔落用户创作或整理，仅供参考借鉴⟧</footer>
</body></html>
""",
        body="""
2024年，我在单位财务室担任出纳，主要负责现金收付、银行结算和报销单据的初审整理。现将一年来的工作报告如下。
一是守好现金关。全年办理现金收付1260笔，日清月结，账款相符，没有出现一笔差错。
二是理顺单据关。针对过去报销单据散乱的问题，我建议财务室给各科室统一配发发票夹，单据先夹后审、审完再粘，全年退回补正的报销单比上年减少四成。⟦a ✦ AI帮我改写这段⟧
三是学好业务关。参加了电子发票和数电票业务培训，取得初级会计职称。
不足之处是对新系统的操作还不够熟练。新的一年，我将继续加强学习，把出纳工作做细做实。
述职人：葛晓蕾
2025年1月6日
""",
    ),
    dict(
        slug="writingapp-text-metrology-day-fair-scale-host-script",
        site="公文随身写 (invented writing app, text share)",
        style="范文APP",
        genre="主持词",
        kind="speech",
        form="text",
        source="https://m.gwsuishen.example.cn/s/zcc/7735",
        title="“5·20世界计量日”公平秤进市场活动主持词",
        record_title="“5·20世界计量日”公平秤进市场活动主持词（直接套用）｜公文随身写",
        date="2024-05-20",
        notes=(
            "writing app share as text: open-app and VIP lines; a host script whose date line under the title is "
            "the date; a member prompt on a line of its own between paragraphs"
        ),
        page="""
!a 打开公文随身写App，海量主持词一键套用
!t “5·20世界计量日”公平秤进市场活动主持词（直接套用）｜公文随身写
{T}
（2024年5月20日）
{BODY}
!a 开通随身写VIP，全文可复制可导出
!l 大家还在看：质量月启动仪式主持词
""",
        body="""
各位领导、各位商户、市民朋友们：
大家上午好！今天是第25个世界计量日。郐水县“公平秤进市场”活动现在开始。
首先，请县市场监管局副局长致辞。
⟦a 以下内容仅VIP会员可见⟧
下面，请计量检定人员现场演示如何检查秤盘。大家请看，检定员把秤盘翻过来，查看盘底有没有吸附物，再用标准砝码复核示值。
接下来，为城东市场新设的三台公平秤揭牌。今后大家买菜，随时可以到公平秤复秤。
活动到此结束，谢谢大家！
""",
    ),
    dict(
        slug="examforum-html-essay-steelyard-and-trust",
        site="上岸驿站论坛 (invented civil-service-exam forum)",
        style="公考论坛",
        genre="申论习作",
        kind="other",
        form="html",
        source="https://bbs.shanganyz.example.com/thread-447102-1-1.html",
        title="一只秤盘，称的是民心",
        record_title="[申论随写] 一只秤盘，称的是民心（第一次写大作文，轻拍） - 申论交流 - 上岸驿站",
        date=None,
        notes=(
            "exam forum with a reply-to-see prompt, a QQ-group ad and a rating row; an essay with no date; "
            "posted '6 天前'"
        ),
        page="""
<html><head><meta charset="utf-8"><title>[申论随写] 一只秤盘，称的是民心（第一次写大作文，轻拍） - 申论交流 - 上岸驿站</title>
<script src="/static/js/common.js"></script></head><body>
<div id="hd">⟦m 上岸驿站⟧ ⟦m 考公考编交流社区⟧ ⟦a 登录⟧ ⟦a 注册⟧</div>
<div id="pt">⟦m 上岸驿站 › 申论交流 › 帖子⟧</div>
<div class="plc"><h1>{T}</h1>
<div class="authi">⟦m 楼主：岸上见　发表于 6 天前⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="hide">⟦a 本帖批改意见回复后可见⟧</div>
<div class="rate">⟦l 参与评分 3 人　学分 +6⟧</div></div>
<div class="ad">⟦w 申论批改群：加QQ群 731802214，备注驿站⟧</div>
<div class="reply">⟦l 2# 一战成公：开头很抓人，结尾可以再升华一下⟧</div>
<div id="ft">⟦m 上岸驿站 © 2025　浙ICP备21004468号⟧</div>
</body></html>
""",
        body="""
在不少农贸市场，都立着一台公平秤。它不起眼，却像一只翻过来的秤盘，把商户的诚信摆在明处。
秤盘虽小，连着民生。一些商贩在秤盘底下吸磁片、加夹层，坑的是几两菜钱，伤的是群众对市场的信任。监管部门开展秤盘专项检查，设置公平秤，让群众买得明白，这是在为诚信“校秤”。
但公平不能只靠一台公平秤。一方面要靠严格监管，对缺斤短两露头就打；另一方面要靠行业自律，让衡器企业不生产、不改装问题秤盘；更要靠每一位经营者把良心放在秤盘上。
秤平则心平，心平则市兴。
""",
    ),
]

"""Holdout7 cases, part B: mass organisations, charities, a think-tank, a shop page and
member services — a trade union, a Youth League committee, a women's federation, a charity
foundation, a policy think-tank, a supply-and-marketing co-op, a bookshop's product page, a
federation of industry and commerce, a social-science federation, a retired-cadres bureau,
an overseas-Chinese federation and a study-platform share. Invented text; see ../README.md
and ../build.py. Styles are the build's labels nearest to each kind of site."""

CASES = [
    dict(
        slug="union-taiping-report-member-card",
        site="太平市总工会 (invented)",
        style="行业协会",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://www.tpzgh.example.org.cn/ghdt/2025/0120/604.html",
        title="2024年度基层工会主席述职报告",
        record_title="2024年度基层工会主席述职报告（职工之家）",
        date="2025-01-20",
        record_date="2025-01-20",
        notes="a union site: a 会员卡办理 and 职工服务热线 row at the top, a 普惠活动 box between paragraphs, a 网上入会 prompt and a footer",
        page="""
!a 网上入会　会员卡办理　困难帮扶申请
!w 职工服务热线 12351
!m 太平市总工会 · 职工之家
!t 2024年度基层工会主席述职报告（职工之家）
!m 作者：市机械厂工会　时间：2025-01-20
{BODY}
!a 还不是工会会员？扫码30秒网上入会
!d 太平市总工会版权所有　转载请注明来源
""",
        body="""
各位代表：
2024年，在厂党委和上级工会的领导下，我带领厂工会委员会认真履行职责，现将一年来的工作报告如下。
一是维护职工权益。推动签订集体合同和工资专项集体合同，全年协调解决职工反映的问题二十三件。
⟦l 【普惠活动】工会会员专享：电影票9.9元抢购进行中⟧
二是关心职工生活。走访慰问困难职工四十一户，发放慰问金八万二千元，为一线职工送清凉三次。
三是丰富文体活动。举办职工运动会、技能比武和读书分享会，参与职工一千余人次。
不足之处是工会干部业务能力有待提高，职工诉求的收集渠道还不够畅通。新的一年，我将认真改进，努力把职工之家建设得更温暖。
""",
    ),
    dict(
        slug="youth-league-xinan-host-script",
        site="新安县团委 (invented)",
        style="党建网",
        genre="主持词",
        kind="speech",
        form="text",
        source="https://www.xinanyouth.example.org.cn/twhd/2025/0504/88.html",
        title="新安县纪念五四运动106周年暨表彰大会主持词",
        record_title=None,
        date="2025-05-04",
        notes="no record title; a Youth League site: 青年大学习 prompt, a 团员之家 nav, the date under the title (neutral), speaker cues in brackets kept",
        page="""
!m 共青团新安县委员会　青春新安
!l 团员之家｜青年大学习｜志愿服务｜青年之声
!a 本期青年大学习已上线，点击学习
{T}
（2025年5月4日）
{BODY}
!l 推荐阅读：县团委开展“青春护河”志愿行动
!m 投稿邮箱：xaty@example.org.cn
""",
        body="""
各位领导、青年朋友们：
大家上午好！在五四青年节到来之际，我们在这里隆重集会，纪念五四运动一百零六周年，表彰先进集体和个人。
出席今天大会的领导有：县委副书记田立新同志，县人大常委会副主任向晓燕同志。
今天的大会共有四项议程。
下面进行第一项议程，全体起立，奏唱国歌。
下面进行第二项议程，宣读表彰决定。
下面进行第三项议程，请受表彰青年代表发言。
下面进行第四项议程，请县委副书记田立新同志讲话。
同志们，青春由磨砺而出彩，人生因奋斗而升华。会议到此结束，谢谢大家！
""",
    ),
    dict(
        slug="womens-fed-luocheng-pledge-html",
        site="洛城区妇女联合会 (invented)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.luochengfl.example.org.cn/fldt/20250308/42.html",
        title="致全区广大妇女同胞的倡议书",
        record_title="致全区广大妇女同胞的倡议书_洛城妇联",
        date="2025-03-08",
        record_date="2025-03-08",
        notes="HTML women's-federation page: a 维权热线 12338 banner, 巾帼 nav, an 点赞 counter and 分享 row, the 倡议 numbered list and signature kept",
        page="""
<html><head><meta charset="utf-8"><title>致全区广大妇女同胞的倡议书_洛城妇联</title></head><body>
<div class="top">⟦m 洛城妇联　联系妇女 服务妇女⟧ <span>⟦w 妇女维权公益服务热线 12338⟧</span></div>
<div class="nav">⟦m 巾帼建功 ｜ 家庭家教家风 ｜ 维权服务 ｜ 儿童工作⟧</div>
<h2>⟦t 致全区广大妇女同胞的倡议书⟧</h2>
<p class="meta">⟦m 来源：区妇联　发布于 2025年3月8日⟧</p>
<section>
{BODY}
</section>
<div class="act">⟦a 👍 点赞 326⟧ ⟦a 分享给好友⟧</div>
<div class="ft">⟦d 洛城区妇女联合会主办　技术支持：区融媒体中心⟧</div>
</body></html>
""",
        body="""
全区广大妇女同胞们：
春风送暖，万物复苏。值此“三八”国际妇女节之际，区妇联向全区广大妇女同胞致以节日的祝贺！
为此，我们倡议：
一、争做建功立业的奋斗者，在乡村振兴、社区治理等各条战线上展现巾帼风采。
二、争做文明家风的传承者，注重家庭、注重家教、注重家风，带动家庭成员向上向善。
三、争做平安建设的参与者，积极参与矛盾纠纷排查化解，守护家庭和睦、社会和谐。
洛城区妇女联合会
2025年3月8日
""",
    ),
    dict(
        slug="foundation-chunhui-summary-table",
        site="春晖公益基金会 (invented)",
        style="行业协会",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.chunhuifund.example.org/xxgk/ndbg/2024.html",
        title="春晖公益基金会2024年度工作总结",
        record_title="春晖公益基金会2024年度工作总结.pdf",
        date=None,
        notes="a charity foundation: a 我要捐款 button, a 善款流向 ticker between paragraphs, a project table (body, one row a line), a 慈善组织登记证书 number and 捐赠热线 below",
        page="""
!a 我要捐款　月捐计划　企业合作
!m 春晖公益基金会 > 信息公开 > 年度报告
!t 春晖公益基金会2024年度工作总结.pdf
{BODY}
!m 统一社会信用代码：53430000MJ2201174K　慈善组织登记证书：湘民慈〔2019〕03号
!w 捐赠热线：0731-8655 2019　邮箱：donate@chunhuifund.example.org
""",
        body="""
2024年，基金会围绕助学、助老、乡村儿童三个方向开展公益项目，全年接受捐赠一千二百六十万元，公益支出一千一百零四万元。
一、项目执行情况
项目名称　受益人数　支出（万元）
春晖助学金　1860　612
银龄餐桌　2300　275
乡村儿童阅读角　9400　217
⟦l 【善款流向】刚刚，一位爱心人士向“银龄餐桌”捐赠了50元⟧
二、内部治理
理事会全年召开会议四次，完成年度审计，审计意见为标准无保留意见。
三、2025年工作打算
继续做好三个品牌项目，新增县域助学项目两个，进一步提高信息公开的及时性和透明度。
""",
    ),
    dict(
        slug="thinktank-hengyuan-report-decimal-html",
        site="衡远发展研究院 (invented)",
        style="高校官网",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.hengyuan-inst.example.org/research/2025/0619-brief.html",
        title="县域商业体系建设的调研与思考",
        record_title="县域商业体系建设的调研与思考 | 研究简报 | 衡远发展研究院",
        date="2025-06-19",
        record_date="2025-06-19",
        notes="a think-tank: 订阅简报 and 下载PDF buttons, an author bio box and 引用格式 box under the text, decimal headings 1.1 1.2 in the body",
        page="""
<html><head><meta charset="utf-8"><title>县域商业体系建设的调研与思考 | 研究简报 | 衡远发展研究院</title></head><body>
<header>⟦m 衡远发展研究院　HENGYUAN INSTITUTE⟧</header>
<nav>⟦m 研究成果 / 研究简报 / 2025年第11期⟧</nav>
<h1>⟦t 县域商业体系建设的调研与思考⟧</h1>
<div class="by">⟦m 课题组：韦思成　龙佳宁　|　2025.06.19⟧</div>
<div class="tools">⟦a 下载PDF⟧ ⟦a 订阅简报⟧</div>
<article>
{BODY}
</article>
<aside><p>⟦l 作者简介：韦思成，衡远发展研究院区域经济研究所副研究员。⟧</p>
<p>⟦l 引用格式：韦思成，龙佳宁.县域商业体系建设的调研与思考[R].衡远发展研究院研究简报，2025(11).⟧</p></aside>
<footer>⟦d 本简报观点不代表研究院立场，版权归衡远发展研究院所有⟧</footer>
</body></html>
""",
        body="""
1 调研背景
县域商业是畅通城乡经济循环的重要载体。课题组于今年四月至五月赴三省六县开展实地调研。
2 主要发现
2.1 物流成本仍然偏高。样本县快递从县城到村的单件成本平均为一点八元，是城区的两倍多。
2.2 乡镇商贸中心功能单一。多数乡镇商超以日用品零售为主，缺少餐饮、维修、金融等配套服务。
3 政策建议
3.1 推动县域快递共同配送，整合邮政、快递和供销网点资源。
3.2 以乡镇为重点改造提升商贸中心，引导连锁企业向乡镇延伸。
""",
    ),
    dict(
        slug="coop-xiangtan-plan-pages-brace",
        site="湘潭县供销合作社联合社 (invented)",
        style="企业官网",
        genre="实施方案",
        kind="plan",
        form="text",
        source="http://www.xtgxs.example.cn/tzgg/2025/0315/35.html",
        title="县供销社2025年农资保供稳价实施方案",
        record_title="县供销社2025年农资保供稳价实施方案",
        date="2025-03-15",
        record_date="2025-03-15",
        notes="a co-op's page cut by {n} page markers (a preview), glued mix; a 农资价格行情 ticker and a 网上供销社 shop link",
        wrap=66,
        indent="\u3000\u3000",
        pages=dict(fmt="{{{n}}}", every=90, start=2, glue="mix"),
        page="""
!m 湘潭县供销合作社联合社
!l 农资价格行情：尿素 2360元/吨 ↓　复合肥 3150元/吨 →
{T}
!m 发布：县社业务科　2025-03-15
{BODY}
!a 逛逛网上供销社 >>
!m 县供销社地址：易俗河镇建设北路8号
""",
        body="""
为做好今年春耕和全年农业生产的农资供应工作，确保农资供应充足、价格基本稳定，结合我县实际，制定本方案。
一、工作目标
全年组织化肥储备一万二千吨，其中春耕期间投放不少于七千吨，确保不脱销、不断档。
二、主要措施
（一）抓好储备投放。县农资公司按照储备计划在2月底前完成淡季储备，春耕期间根据市场行情分批投放。
（二）畅通供应渠道。依托全县二百一十个农资网点，开展农资配送下乡，为种植大户提供送货上门服务。
（三）加强质量监管。配合市场监管部门开展农资打假专项行动，严禁假冒伪劣农资进入经营网点。
三、保障措施
成立由县社主任任组长的工作领导小组，各基层社要明确专人负责，每周报送农资购销存情况。
""",
    ),
    dict(
        slug="bookshop-xinhua-like-sample-chapter",
        site="书海网上书城 (invented)",
        style="企业官网",
        genre="党课讲稿",
        kind="speech",
        form="text",
        source="https://item.shuhai.example.com/10294831.html",
        title="以自我革命精神推进全面从严治党",
        record_title="【包邮】基层党课讲稿精选（2025版）试读 - 书海网上书城",
        title_also=["基层党课讲稿精选（2025版）"],
        date=None,
        notes="a bookshop product page showing a sample chapter: price, stock, add-to-cart and 试读 prompts, ISBN and publisher meta, reviews box; the chapter's own title is the document's",
        page="""
!m 书海网上书城　正版图书 次日达
!m 首页 > 图书 > 政治/军事 > 党政读物
!m 基层党课讲稿精选（2025版）
!m ￥38.00　定价：￥48.00　库存：有货　已售 2.1万
!a 加入购物车　立即购买　☆ 关注商品
!m ISBN：9787500000000　出版社：新田出版社　开本：16开
!m 在线试读 · 第一讲
{T}
{BODY}
!a 试读结束，购买后可阅读全书
!l 商品评价（1385）　好评度 98%
!l 内容很实用，单位组织学习用的。
""",
        body="""
同志们：
今天，我围绕“以自我革命精神推进全面从严治党”这个题目，和大家作个交流。
勇于自我革命，是我们党区别于其他政党的显著标志。一百多年来，我们党之所以能够历经挫折而不断奋起，关键在于始终坚持真理、修正错误。
作为基层党员干部，推进自我革命，首先要敢于正视自身问题，经常对照党章党规检视自己。其次要严格组织生活，认真开展批评和自我批评，让咬耳扯袖、红脸出汗成为常态。
同志们，全面从严治党永远在路上。让我们从自身做起，从现在做起，以实际行动践行初心使命。
""",
    ),
    dict(
        slug="fic-yuanling-statement-title-at-end",
        site="沅陵县工商业联合会 (invented)",
        style="行业协会",
        genre="表态发言",
        kind="speech",
        form="text",
        source="http://www.ylgsl.example.org.cn/hydt/2025/0220/17.html",
        title="在全县民营经济高质量发展大会上的表态发言",
        record_title="在全县民营经济高质量发展大会上的表态发言",
        date=None,
        notes="a federation of industry and commerce: 会员企业风采 box, the speaker line under the title (neutral), a 商会服务 contact prompt, repeated title at the bottom in a 本文标题 line",
        page="""
!m 沅陵县工商联（总商会）
!m 首页 » 会员动态
{T}
沅陵县鑫源建材有限公司董事长　舒国强
{BODY}
!t 本文标题：在全县民营经济高质量发展大会上的表态发言
!l 会员企业风采：沅陵县茶旅集团　｜　辰州矿业　｜　湘西粮油
!w 入会咨询：县工商联会员部 0745-4225317
""",
        body="""
尊敬的各位领导，各位企业家朋友：
今天县委、县政府召开民营经济高质量发展大会，充分体现了对民营企业的关心和支持，我们倍感振奋。
作为一家扎根本地二十年的民营企业，我们将做到三点：一是坚守主业，今年再投入三千万元建设新型墙材生产线；二是诚信经营，按时足额发放工人工资，依法纳税；三是回报社会，继续资助家乡二十名困难学生完成学业。
我们坚信，有县委、县政府的坚强领导，民营企业一定能够在家乡这片热土上大有作为！
""",
    ),
    dict(
        slug="skl-dongting-minutes-attendees",
        site="洞庭市社会科学界联合会 (invented)",
        style="高校官网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.dtskl.example.org.cn/tzgg/2025/0410/27.html",
        title="2025年度社科普及工作座谈会会议纪要",
        record_title="2025年度社科普及工作座谈会会议纪要_洞庭社科网",
        date="2025-04-10",
        record_date="2025-04-10",
        notes="a social-science federation: 课题申报入口 button, the minutes' own 出席/列席 lines and 分送 line kept, a 社科普及基地名录 box glued after the last line",
        page="""
!m 洞庭社科网　Dongting Social Sciences
!a 课题申报入口　成果申报入口
!m 您的位置：首页 >> 通知公告
{T}
!m 时间：2025-04-10　编辑：办公室
{BODY}⟦l 【社科普及基地名录】⟧
!d 洞庭市社科联主办　备案号：湘ICP备18004411号
""",
        body="""
4月9日，市社科联在会议室召开2025年度社科普及工作座谈会，市社科联党组书记袁明华主持会议。
出席：袁明华、胡亚军、邓小琴
列席：各区县社科联负责人，社科普及基地代表
会议通报了2024年度社科普及工作情况，全市四十二个社科普及基地全年开展活动六百余场。
会议议定：一、4月下旬启动社科普及周活动；二、新认定一批市级社科普及基地；三、年内编印社科普及读本两种。
分送：市委宣传部，各区县社科联。
""",
    ),
    dict(
        slug="lgbj-qishan-insight-font-size-glued",
        site="岐山县委老干部局 (invented)",
        style="党建网",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.qslgj.example.gov.cn/lgzx/2025/0701/63.html",
        title="银发生辉 余热不减——参加老干部读书班心得",
        record_title="银发生辉 余热不减——参加老干部读书班心得",
        date="2025-07-01",
        notes="a retired-cadres bureau: a 大 中 小 font row glued to the head of the first paragraph, a 银龄风采 photo caption between paragraphs, a 老干部活动中心 phone",
        page="""
!m 岐山老干部工作网
!m 首页 > 老干心声
{T}
!m 作者：刘德昌（县原农业局退休干部）　2025-07-01
{BODY}
!l 上一条：县老年大学书法班结业作品展开展
!w 老干部活动中心服务电话：0917-8210345
""",
        body="""
⟦a 字号：大 中 小⟧六月下旬，我参加了县委老干部局举办的离退休干部读书班，五天的学习让我收获颇丰。
读书班安排了形势政策报告、乡村振兴专题讲座和参观现代农业园区等内容。
⟦l 【银龄风采】图为学员在现代农业园区参观学习⟧
作为一名在农业战线工作了三十多年的老同志，看到家乡的农业园区里用上了智能温室和水肥一体化设施，我由衷地感到高兴。
离岗不离党，退休不褪色。我将继续发挥自身优势，在村里当好政策宣传员、矛盾调解员，为家乡发展贡献一份力量。
""",
    ),
    dict(
        slug="qiaolian-fengyang-news-title-glued",
        site="凤阳侨联网 (invented)",
        style="党建网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.fyql.example.org.cn/qlxw/2025/0918/230.html",
        title="市侨联举办“侨界人才家乡行”活动",
        record_title=None,
        date="2025-09-18",
        notes="no record title; the title glued to the first sentence, a 发布时间 line in a new form (日期|2025.09.18), a 侨胞之家 nav and a 侨务热线",
        page="""
!m 凤阳侨联网　侨胞之家
!l 侨联要闻　侨界风采　为侨服务　侨史钩沉
!m 日期|2025.09.18　阅读|418
{T}{BODY}
!w 涉侨法律援助热线：0552-6109123
!d 本网站由凤阳市归国华侨联合会主办
""",
        body="""
9月16日至17日，市侨联组织二十余名海外侨胞和归侨侨眷专业人才，开展“侨界人才家乡行”活动。
侨界人才先后走访了市高新区、农业科技园和两所职业院校，与企业负责人就技术合作和人才引进进行了深入交流。
活动期间，现场达成合作意向七项，涉及新能源、食品加工和职业教育等领域。
""",
    ),
    dict(
        slug="studyapp-share-party-lecture-score",
        site="学习e站分享页 (invented, a study platform's share)",
        style="公众号镜像",
        genre="党课讲稿",
        kind="speech",
        form="text",
        source="https://share.xuexie.example.cn/article/8842017?from=friend",
        title="弘扬伟大建党精神 做新时代合格党员",
        record_title="弘扬伟大建党精神 做新时代合格党员 - 学习e站",
        date="2025-06-28",
        record_date="2025-06-28",
        notes="a study platform's share page: 打开App学习 prompts, 学习积分 +1 line, the 来源 and 作者 lines, 观点/评论 bar, an App download band at the bottom",
        page="""
!a 打开学习e站App，阅读体验更好
!t 弘扬伟大建党精神 做新时代合格党员 - 学习e站
!m 来源：中共长岭镇委员会　作者：何立峰　2025-06-28
{BODY}
!a 阅读满1分钟，学习积分+1
!l 观点（32）　｜　写观点
!a 下载App　｜　已有账号？登录
""",
        body="""
同志们：
在建党纪念日即将到来之际，今天我们一起学习伟大建党精神，重温入党誓词，进一步坚定理想信念。
坚持真理、坚守理想，践行初心、担当使命，不怕牺牲、英勇斗争，对党忠诚、不负人民，这是伟大建党精神的深刻内涵。
对我们基层党员来说，弘扬伟大建党精神，就是要在防汛抗旱、乡村振兴、为民办事的一线冲得上去、顶得起来。
希望大家以先锋模范作用带动身边群众，为长岭镇发展作出新的贡献。
""",
    ),
]

"""holdout121, part D: 招投标网, 律所网站, 社区网站, 行业协会, 企业官网, 培训机构 (two each).
Invented text (places, people, sites, URLs, chrome); see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="tender-chuzuche-taxi-rights-html-platform",
        site="葑湖县公共资源交易平台 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.fenghu.example.gov.cn/jyxx/qtjy/2025/0714/6620.html",
        title="葑湖县巡游出租汽车经营权有偿使用招标公告",
        record_title=None,
        date="2025-07-14",
        notes="tender platform HTML: no record title; 项目编号 and 发布时间 meta table; buyer and agency contacts kept beside the platform's CA hotline; lots table; CA and bid-document download buttons",
        page="""
<html><head><meta charset="utf-8"><title>葑湖县公共资源交易平台</title></head><body>
<div class="top">⟦m 葑湖县公共资源交易平台⟧ ⟦a 主体登录　|　CA办理⟧</div>
<div class="nav">⟦l 首页　交易信息　政策法规　办事指南　诚信体系⟧</div>
<div class="pos">⟦m 交易信息 > 其他交易 > 招标公告⟧</div>
<h2>⟦t 葑湖县巡游出租汽车经营权有偿使用招标公告⟧</h2>
<table class="m"><tr><td>⟦m 项目编号：FHGZ-2025-QT-031⟧</td><td>⟦m 发布时间：2025-07-14 16:30:00⟧</td><td>⟦m 浏览：744⟧</td></tr></table>
{BODY}
<div class="btn">⟦a 下载招标文件　｜　我要投标　｜　在线答疑⟧</div>
<div class="ca">⟦m CA证书服务热线：400-8877-5120⟧</div>
<div class="ft">⟦d 本平台发布的信息由招标人或代理机构提供，平台不对其真实性承担责任⟧<br>⟦m 赣ICP备19003344号⟧</div>
</body></html>
""",
        body="""
葑湖县交通运输局委托葑湖华信工程咨询有限公司，就县城巡游出租汽车经营权有偿使用进行公开招标，欢迎符合条件的企业参加投标。
一、招标内容
标段　经营权数量　使用期限
一标段　40个　8年
二标段　35个　8年
二、投标人资格
在中国境内注册、具有道路旅客运输或出租汽车经营资质的企业法人，近三年无重大安全责任事故。
三、投标截止时间
2025年8月5日9时30分，逾期送达的投标文件不予受理。
四、联系方式
招标人：葑湖县交通运输局　联系人：邵先生　电话：0793-5112260
代理机构：葑湖华信工程咨询有限公司　联系人：汪女士　电话：0793-5120887
""",
    ),
    dict(
        slug="tender-jinggai-manhole-bid-result-text",
        site="蔚坪市政建设招标网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://zb.weipingsz.example.com/zbgg/2025/1022/zbjg-1187.html",
        title="蔚坪市主城区窨井盖更换及防坠网安装工程中标结果公示",
        record_title="蔚坪市主城区窨井盖更换及防坠网安装工程中标结果公示（第二次）",
        date="2025-10-22",
        notes="bid result with candidates table; decorated record title（第二次）; 公示期 sentence and 异议 contact kept; platform slogan and share row; 文号-like project number neutral",
        page="""
!m 蔚坪市政建设招标网　阳光交易　廉洁高效
!m 首页 | 中标公示 | 市政工程
!t 蔚坪市主城区窨井盖更换及防坠网安装工程中标结果公示（第二次）
项目编号：WPSZ-2025-0187
!m 公示日期：2025年10月22日　来源：市城市管理局
{BODY}
!l 分享：微信好友 / 朋友圈 / 复制链接
!l 上一条：城南污水管网修复工程招标公告
!m 技术支持单位：蔚坪数智科技　服务热线：0558-6789000
""",
        body="""
蔚坪市主城区窨井盖更换及防坠网安装工程已于2025年10月20日开标，经评标委员会评审，现将中标结果公示如下。
中标候选人　投标报价（元）　工期
第一名：蔚坪市路安市政工程有限公司　1836500　90日历天
第二名：云港建设集团有限公司　1862000　90日历天
第三名：东坪工程有限公司　1879300　85日历天
公示期为三个工作日，投标人对结果有异议的，可在公示期内以书面形式向招标人提出。
异议受理联系人：钱工，电话：0558-6713325。
蔚坪市城市管理局
2025年10月22日
""",
    ),
    dict(
        slug="lawfirm-zhengyuan-renovation-dispute-lecture-text",
        site="正元律师事务所 (invented)",
        style="律所网站",
        genre="讲稿",
        kind="speech",
        form="text",
        source="https://www.zhengyuanlaw.example.cn/insights/zhuangxiu-2025.html",
        title="家庭装修合同纠纷的预防与处理",
        record_title="法律讲堂丨家庭装修合同纠纷的预防与处理 - 正元律师事务所",
        date="2025-05-16",
        notes="law firm: speaker line and date under the lecture title neutral; a 'not legal advice' notice and an online-consult prompt; practice-area tags; a firm phone in the footer",
        page="""
!m 正元律师事务所 ZHENGYUAN LAW FIRM
!l 首页　律所简介　专业领域　律师团队　正元观点　联系我们
!t 法律讲堂丨家庭装修合同纠纷的预防与处理 - 正元律师事务所
——在菡城县华庭社区居民法律讲堂上的讲稿
主讲：正元律师事务所合伙人　陶文博
（2025年5月16日）
{BODY}
!l 标签：#合同纠纷 #消费维权 #社区普法
!d 本文仅为普法讲座内容，不构成对具体个案的法律意见。
!w 遇到装修纠纷？预约律师面谈：0746-3381866
""",
        body="""
各位居民朋友：
今天我们聊一聊家庭装修中最容易产生纠纷的几个问题，以及遇到纠纷时该怎么办。
第一，签合同时要写清楚。装修范围、材料品牌型号、工期、付款节点和验收标准，都要在合同里一一写明，口头约定很难举证。
第二，不要一次性付清装修款。建议按开工、水电验收、木工验收、竣工验收分阶段付款，并保留尾款作为质保金。
第三，增项要有书面确认。施工中临时增加项目，一定要双方签字确认价格，防止最后结算时漫天要价。
遇到纠纷，可以先找装修公司协商，协商不成可向消费者协会投诉，或者依法向人民法院起诉。
""",
    ),
    dict(
        slug="lawfirm-hengxin-security-guard-overtime-html",
        site="恒信律师事务所 (invented)",
        style="律所网站",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.hengxinlawyer.example.com/case/baoan-jiaban.html",
        title="保安员“做二休一”是否应支付加班费",
        record_title="保安员“做二休一”是否应支付加班费_恒信律师事务所",
        date="2025-08-21",
        notes="law-firm HTML template: author lawyer card and 发布日期; a consult float box; a practice-area sidebar; a disclaimer footer",
        page="""
<html><head><meta charset="utf-8"><title>保安员“做二休一”是否应支付加班费_恒信律师事务所</title></head><body>
<header>⟦m 恒信律师事务所⟧ ⟦m 专注劳动争议二十年⟧ ⟦w 免费咨询：400-600-1318⟧</header>
<nav>⟦l 首页 劳动仲裁 工伤赔偿 经典案例 律师团队⟧</nav>
<div class="crumb">⟦m 首页 › 经典案例 › 劳动报酬⟧</div>
<h1>⟦t 保安员“做二休一”是否应支付加班费⟧</h1>
<div class="meta">⟦m 撰稿：沈一鸣律师　发布日期：2025-08-21　阅读 1,035⟧</div>
{BODY}
<div class="float">⟦a 在线咨询⟧ ⟦a 电话回拨⟧</div>
<aside><h4>⟦l 专业领域⟧</h4><p>⟦l 劳动合同纠纷 · 社保纠纷 · 工伤认定⟧</p></aside>
<footer>⟦d 本站案例已隐去当事人信息，文章仅供参考，不作为法律意见⟧</footer>
</body></html>
""",
        body="""
【基本案情】
王某在某物业公司从事保安工作，实行“做二休一”的排班方式，每个工作日连续工作十二小时，公司以实行综合计算工时为由，从未支付过加班费。
【争议焦点】
用人单位未经劳动行政部门审批，能否对保安岗位实行综合计算工时工作制。
【律师分析】
实行综合计算工时工作制须经劳动行政部门审批，本案中公司未办理审批手续，应按标准工时制计算王某的工作时间。
经核算，王某每月实际工作时间超出法定标准工作时间约六十小时，公司应依法支付延长工作时间的工资报酬。
【处理结果】
经劳动人事争议仲裁委员会调解，公司一次性向王某补发加班费二万三千元。
""",
    ),
    dict(
        slug="community-huanjie-village-election-notice-text",
        site="埕湖镇新塘村村务网 (invented)",
        style="社区网站",
        genre="公告",
        kind="notice",
        form="text",
        source="http://xintang.chenghu.example.gov.cn/cwgk/2025/1105_12.html",
        title="新塘村第十二届村民委员会换届选举公告",
        record_title="新塘村第十二届村民委员会换届选举公告",
        date="2025-11-05",
        notes="village affairs page: 选举公告 with a numbered list and the election committee's own phone; 公告号 neutral; the page's 村务热线 in the footer; a 'village notice board' list",
        page="""
!m 埕湖镇新塘村村务网
!m 首页 ＞ 村务公开 ＞ 选举专栏
{T}
新选字〔2025〕第1号
!m 发布者：村选举委员会　发布时间：2025-11-05　浏览：219
{BODY}
!l 村务公告栏：· 2025年三季度村级财务收支公开 · 新塘村低保评议结果公示
!m 村务热线：0571-6388012（工作日）
!d 新塘村村民委员会 主办
""",
        body="""
根据《中华人民共和国村民委员会组织法》和省村民委员会选举办法，经村民选举委员会研究，现将第十二届村民委员会换届选举有关事项公告如下。
1.选举日期：2025年11月22日（星期六）上午8时至12时。
2.投票地点：新塘村文化礼堂设中心会场，第五、第六村民小组设投票站。
3.应选职数：村民委员会主任一名，委员四名，其中妇女委员不少于一名。
4.选民登记：凡年满十八周岁的本村村民，于11月12日前到村民选举委员会办公室核对登记信息。
对选民名单有异议的，可在公布之日起五日内向村民选举委员会提出，联系电话：13967712208。
新塘村村民选举委员会
2025年11月5日
""",
    ),
    dict(
        slug="community-liushou-summer-care-html-street",
        site="锟川市南街街道社区服务网 (invented)",
        style="社区网站",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://nanjie.kunchuan.example.gov.cn/sqdt/2025/0829/313.html",
        title="南街街道2025年留守儿童暑期关爱服务工作总结",
        record_title="【社区动态】南街街道2025年留守儿童暑期关爱服务工作总结",
        date="2025-08-28",
        date_also=["2025-08-29"],
        notes="street-office HTML: a volunteer-join button glued after a sentence, a photo caption between paragraphs, a table of activities; the page date (29th) differs from the 成文日期 (28th, expected; the page's also accepted); footer with service hall phone",
        page="""
<html><head><meta charset="utf-8"><title>南街街道2025年留守儿童暑期关爱服务工作总结_南街街道社区服务网</title></head><body>
<div class="head">⟦m 南街街道社区服务网⟧ ⟦m 邻里守望 · 幸福南街⟧</div>
<div class="menu">⟦l 街道概况　社区动态　便民服务　志愿服务　网格管理⟧</div>
<div class="crumb">⟦m 首页 > 社区动态⟧</div>
<h1>⟦t 南街街道2025年留守儿童暑期关爱服务工作总结⟧</h1>
<p class="meta">⟦m 日期：2025-08-29　来源：社会事务办⟧</p>
{BODY}
<div class="share">⟦l 分享到微信　分享到微博⟧</div>
<div class="foot">⟦m 南街街道便民服务中心：0795-8321010　地址：南街路200号⟧</div>
</body></html>
""",
        body="""
今年暑期，南街街道以“温暖一夏”为主题，组织开展留守儿童关爱服务活动，覆盖辖区留守儿童一百八十六名。
一、主要活动
活动名称　场次　参与人次
四点半课堂　36　1420
安全教育进社区　8　390
亲情视频连线　12　205
⟦m 图：志愿者在四点半课堂辅导孩子写作业⟧
二、工作成效
暑期内辖区未发生留守儿童溺水等安全事故，家长满意度调查达百分之九十八。一批大学生志愿者和退休教师加入关爱队伍。⟦a 我也要当志愿者 >⟧
三、下一步打算
将四点半课堂延伸到学期中，并建立留守儿童一人一档，实现常态化关爱。
南街街道社会事务办公室
2025年8月28日
""",
    ),
    dict(
        slug="association-diandang-pawn-pledge-text",
        site="钤湖市典当行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="letter",
        form="text",
        source="http://www.qhddxh.example.org.cn/xhdt/2025/0618/78.html",
        title="钤湖市典当行业诚信经营倡议书",
        record_title="[协会倡议] 钤湖市典当行业诚信经营倡议书",
        date="2025-06-18",
        notes="association page: decorated title; member-login and join buttons; the pledge's numbered items; address and 备案 footer; title repeated",
        page="""
!m 钤湖市典当行业协会
!a 会员登录　｜　入会申请
!m 协会动态 / 行业自律
!t [协会倡议] 钤湖市典当行业诚信经营倡议书
!m 2025-06-18　秘书处
{BODY}
!l 相关：典当行业务操作规范（试行）　会员单位名录
!m 协会地址：钤湖市金融街16号806室　电话：0662-3309210
!m 粤ICP备2023118076号
""",
        body="""
全市典当行业的同仁们：
典当业是以信用为本的行业，诚信是我们立足的根本。为进一步规范行业经营行为，协会向全体会员单位发出如下倡议。
一、依法合规经营。严格执行当金利率、综合费率的规定，不超范围经营，不变相吸收存款。
二、严把收当关口。认真查验当户身份和当物来源，不收来历不明的物品，发现可疑情况及时报告公安机关。
三、公开透明服务。在营业场所显著位置公示收费标准和绝当处置规则，保障当户知情权。
四、加强行业自律。会员单位之间不恶性压价，共同维护行业良好形象。
钤湖市典当行业协会
2025年6月18日
""",
    ),
    dict(
        slug="association-weiqi-tournament-rules-html",
        site="莳川市围棋协会 (invented)",
        style="行业协会",
        genre="规则",
        kind="other",
        form="html",
        source="https://www.shichuanweiqi.example.org/match/2025/rules-11.html",
        title="2025年莳川市“棋乡杯”围棋业余段位赛竞赛规程",
        record_title="2025年莳川市“棋乡杯”围棋业余段位赛竞赛规程 | 莳川市围棋协会",
        date="2025-10-10",
        notes="association HTML: rules with sections and fee table; the rules' own 报名 mailbox kept; a 'join the association' button glued after a sentence; sponsor line; member sidebar",
        page="""
<html><head><meta charset="utf-8"><title>2025年莳川市“棋乡杯”围棋业余段位赛竞赛规程 | 莳川市围棋协会</title></head><body>
<div class="hd">⟦m 莳川市围棋协会 SHICHUAN WEIQI ASSOCIATION⟧</div>
<nav>⟦l 协会简介 · 赛事通知 · 段位查询 · 会员之家 · 联系我们⟧</nav>
<h1>⟦t 2025年莳川市“棋乡杯”围棋业余段位赛竞赛规程⟧</h1>
<div class="info">⟦m 发布：协会竞赛部　时间：2025-10-10　阅读：563⟧</div>
{BODY}
<div class="sponsor">⟦m 本次赛事特约支持：莳川棋院⟧</div>
<aside>⟦l 会员之家⟧<br>⟦l 段位证书查询⟧<br>⟦l 历届赛事回顾⟧</aside>
<footer>⟦d © 莳川市围棋协会　本站内容未经许可不得转载⟧</footer>
</body></html>
""",
        body="""
一、主办单位：莳川市体育局、莳川市围棋协会
二、比赛时间和地点：2025年11月8日至9日，莳川市全民健身中心三楼棋类馆。
三、参赛资格：具有莳川市户籍或在莳川工作、学习的围棋爱好者均可报名。
四、比赛办法：按参赛者现有段位分组，采用积分编排制，每方用时四十五分钟，读秒三次三十秒。
五、报名费用
组别　报名费
定段组　200元
升段组　260元
六、报名方式：将报名表发送至 qixiangbei@example.org，报名截止11月1日。协会会员报名费减半。⟦a 立即申请入会>>⟧
七、本规程解释权属莳川市围棋协会。
""",
    ),
    dict(
        slug="company-xingguang-cinema-safety-letter-html",
        site="星光影城连锁 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.xingguangcinema.example.com/news/notice-2025-0930.html",
        title="致广大观众的国庆观影安全提示",
        record_title="致广大观众的国庆观影安全提示-星光影城连锁",
        date="2025-09-30",
        notes="company HTML: ticket-buying buttons and app download row; a movie-schedule box on the side; customer line in footer beside the notice's own lost-and-found phone (kept); 下载APP sentence kept",
        page="""
<html><head><meta charset="utf-8"><title>致广大观众的国庆观影安全提示-星光影城连锁</title></head><body>
<div class="brand">⟦m 星光影城 · 每一帧都值得⟧</div>
<nav>⟦l 正在热映　即将上映　影城列表　会员卡　关于我们⟧</nav>
<div class="buy">⟦a 立即购票⟧ ⟦a 下载星光APP⟧</div>
<h1>⟦t 致广大观众的国庆观影安全提示⟧</h1>
<p class="time">⟦m 2025-09-30　星光影城运营中心⟧</p>
{BODY}
<aside>⟦l 今日排片⟧<br>⟦l 《山海之间》 10:20 13:45 19:30⟧</aside>
<footer>⟦m 客服热线：400-120-3388⟧ ⟦d Copyright © 2025 星光影城连锁管理有限公司⟧</footer>
</body></html>
""",
        body="""
亲爱的观众朋友们：
国庆假期即将到来，预计各影城客流将明显增加，为保障大家安全、舒心观影，我们提示如下。
一、请提前购票、错峰入场。观众可下载星光APP或通过小程序在线选座，避免在售票台排队等候。
二、请勿携带易燃易爆物品进入影厅，影厅内禁止吸烟，散场时请按工作人员引导有序离场。
三、请看护好随行儿童，身高一米三以下的儿童须由成年人陪同观影。
四、如在影城内遗失物品，请联系各影城服务台，失物招领电话：0571-8600572。
祝大家国庆快乐，观影愉快！
星光影城运营中心
2025年9月30日
""",
    ),
    dict(
        slug="company-fengnian-feed-recall-text",
        site="丰年饲料股份有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.fengnianfeed.example.com.cn/news/2025/0411.html",
        title="关于主动召回部分批次育肥猪配合饲料的公告",
        record_title="关于主动召回部分批次育肥猪配合饲料的公告 - 新闻中心 - 丰年饲料",
        date="2025-04-11",
        notes="company site text: recall table with batch numbers; the recall's own 召回专线 beside the company's sales line in the footer; slogan and stock code meta",
        page="""
!m 丰年饲料　FENGNIAN FEED　股票代码：8XXXX8
!l 首页 | 产品中心 | 养殖服务 | 新闻中心 | 投资者关系
!t 关于主动召回部分批次育肥猪配合饲料的公告 - 新闻中心 - 丰年饲料
!m 发布日期：2025-04-11　|　浏览：3045
{BODY}
!l 上一条：丰年饲料荣获省级农业产业化龙头企业称号
!m 销售热线：400-881-6600　地址：锷溪县工业园区丰年路1号
!d 版权所有 © 丰年饲料股份有限公司
""",
        body="""
近日，我公司在产品质量例行抽检中发现，部分批次育肥猪配合饲料水分含量超出企业标准，存在霉变风险。为保障养殖户利益，公司决定主动召回相关产品。
产品名称　规格　生产批号
育肥猪配合饲料F315　40千克/袋　20250318A
育肥猪配合饲料F315　40千克/袋　20250320B
请已购买上述批次产品的客户立即停止使用，并与当地经销商联系办理退换，由此产生的运输费用由公司承担。
召回专线：0736-7788120（8:00—20:00）。
对此给广大客户带来的不便，我们深表歉意。
丰年饲料股份有限公司
2025年4月11日
""",
    ),
    dict(
        slug="training-wangqiu-tennis-winter-brochure-text",
        site="锐动网球学院 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="text",
        source="https://www.ruidongtennis.example.cn/zsjz/2025-winter.html",
        title="锐动网球学院2026年寒假青少年网球训练营招生简章",
        record_title="锐动网球学院2026年寒假青少年网球训练营招生简章（限额招生）",
        date=None,
        notes="training school: no date (year only in the title, a '3天前' update line); class/fee table; the school's own 报名电话 beside a floating consult prompt and a WeChat id; a course ad between paragraphs",
        page="""
!m 锐动网球学院 · 让每个孩子爱上运动
!m 首页 › 招生简章
!t 锐动网球学院2026年寒假青少年网球训练营招生简章（限额招生）
!m 更新于3天前　阅读 880
{BODY}
!w 在线咨询｜加课程顾问微信：ruidong_tennis
!a 立即预约免费体验课 →
!d 图片仅供参考，以实际上课场地为准
""",
        body="""
寒假来临，锐动网球学院面向六至十六岁青少年开设寒假网球训练营，欢迎家长为孩子报名。
一、班型设置
班型　对象　课时　费用
启蒙班　6至8岁零基础　20课时　2200元
提高班　9至12岁有基础　24课时　2800元
竞赛班　13至16岁　30课时　3600元
⟦a 【推荐】成人晚间网球班同步招生，点此了解⟧
二、训练内容
正反手击球、发球、步法移动和体能训练，竞赛班增加比赛战术与心理训练。
三、报名方式
报名电话：0591-8776620，报名时请携带孩子近期体检证明。
""",
    ),
    dict(
        slug="training-shejian-archery-course-html",
        site="鸣镝射箭俱乐部 (invented)",
        style="培训机构",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.mingdi-archery.example.com/course/plan-2025.html",
        title="鸣镝射箭俱乐部青少年射箭培训课程方案",
        record_title=None,
        date="2025-07-01",
        notes="training HTML: no record title; course plan with decimal headings and a safety rule that speaks of 扫码签到; a coach card; a sign-up button glued after a sentence; a hours/price table",
        page="""
<html><head><meta charset="utf-8"><title>课程介绍｜鸣镝射箭俱乐部</title></head><body>
<div class="nav">⟦m 鸣镝射箭俱乐部⟧ ⟦l 首页｜课程｜教练团队｜场馆预约｜联系我们⟧</div>
<div class="banner">⟦a 暑期特惠：体验课39.9元 马上抢⟧</div>
<h2>⟦t 鸣镝射箭俱乐部青少年射箭培训课程方案⟧</h2>
<div class="coach">⟦m 主教练：阎峰　国家二级运动员　从教12年⟧</div>
{BODY}
<div class="sidebar">⟦l 热门课程⟧<br>⟦l 成人私教课⟧<br>⟦l 亲子射箭体验⟧</div>
<footer>⟦m 场馆地址：苓坪市体育中心东门2号馆　营业时间 9:00-21:00⟧</footer>
</body></html>
""",
        body="""
1 课程目标
通过系统训练，使学员掌握反曲弓基本技术，培养专注力和规则意识，具备参加青少年射箭比赛的基础能力。
2 课程安排
2.1 基础课：站姿、搭箭、举弓、开弓、靠位、撒放等基本动作，共十二课时。
2.2 进阶课：十八米距离稳定性训练和计分赛，共十六课时。
课程　课时　价格
基础课　12　1680元
进阶课　16　2380元
3 安全要求
3.1 学员进入场馆须扫码签到，未经教练允许不得进入射击线前方。
3.2 拉弓时箭头只能朝向靶位，严禁空放。课程报满即止，请尽早报名。⟦a 我要报名⟧
鸣镝射箭俱乐部
2025年7月1日
""",
    ),
]

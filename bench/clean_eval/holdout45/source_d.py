"""holdout45, part D: tendering portals, law firms, residents' sites, trade associations,
company sites and training schools — a tugboat company's tender, a bridge repair bid result, a
law firm on net-factory injuries and on brush trademarks, a residents' site by an old clock tower,
a watch-repair and a brush-makers' association, a peanut-oil press, a joinery school. Invented."""

CASES = [
    dict(
        slug="tender-lanwan-tug-fuel-html",
        site="缆湾港务集团电子招标采购平台 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://zb.lwport.example.com/cggg/2025/0319/TB250319.html",
        title="缆湾港拖轮公司2025年度拖轮船用燃油采购招标公告",
        record_title="【招标公告】缆湾港拖轮公司2025年度拖轮船用燃油采购招标公告",
        date="2025-03-19",
        notes="tender portal: a CA-login box and a CA hotline beside the purchaser's and agency's contacts; a table of lots; a countdown line; sentences about 下载 the tender file kept",
        page="""
<html><head><title>缆湾港务集团电子招标采购平台</title></head><body>
<div class="hd">⟦m 缆湾港务集团电子招标采购平台⟧ ⟦a CA登录　用户注册⟧</div>
<div class="nv">⟦m 首页 | 招标公告 | 变更公告 | 中标结果 | 诚信管理⟧</div>
<h1>⟦t 【招标公告】缆湾港拖轮公司2025年度拖轮船用燃油采购招标公告⟧</h1>
<div class="tm">⟦m 项目编号：LWZB-2025-0317　发布日期：2025-03-19⟧ ⟦m 距投标截止还有 20 天⟧</div>
{BODY}
<div class="ca">⟦m CA证书办理咨询：400-820-5517⟧</div>
<div class="ft">⟦m 平台运营：缆湾港务集团物资公司⟧ ⟦d 平台发布信息以招标文件为准⟧</div>
</body></html>
""",
        body="""
缆湾港拖轮有限公司2025年度拖轮船用燃油采购项目已具备招标条件，现进行公开招标。
标段　内容　预估数量
一标段　0号柴油　900吨
二标段　润滑油　40吨
投标人须具有成品油批发经营资格，近三年无重大安全事故。
请于2025年3月20日至3月26日登录本平台下载招标文件。
招标人：缆湾港拖轮有限公司，联系人：高先生，电话：0596-3308830。
招标代理：缆湾诚信招标代理有限公司，联系人：许女士，电话：0596-3121907。
""",
    ),
    dict(
        slug="tender-gongling-bridge-bid-result-text",
        site="拱岭县公共资源交易网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://ggzy.gongling.example.gov.cn/jyxx/zbjg/20250710/3318.html",
        title="永济桥抢险加固工程中标结果公示",
        record_title="永济桥抢险加固工程中标结果公示",
        record_date="2025-07-10",
        date="2025-07-10",
        notes="record date; a bid-result table kept; a 'supervision' footer and a print link; the notice's own 异议 phone kept",
        page="""
!m 拱岭县公共资源交易网
!m 交易信息 → 工程建设 → 中标结果
{T}
!m 信息时间：2025-07-10　阅读次数：156
{BODY}
!a [打印本页]　[关闭]
!m 监督电话：0851-7600112　主办：拱岭县公共资源交易中心
""",
        body="""
永济桥抢险加固工程已完成评标，现将中标结果公示如下。
中标人　中标价（元）　工期
拱岭古建修缮有限公司　1862300　90日历天
公示期为2025年7月10日至7月12日。对公示结果有异议的，请在公示期内以书面形式向招标人提出。
招标人：拱岭县古桥保护所，电话：0851-7612309。
""",
    ),
    dict(
        slug="lawfirm-guxi-injury-commentary-html",
        site="罟溪正衡律师事务所 (invented)",
        style="律所网站",
        genre="评论",
        kind="article",
        form="html",
        source="https://www.zhenghenglaw.example.cn/guandian/2025/0611.html",
        title="织网工人工伤认定中的几个常见问题",
        record_title="律所观点｜织网工人工伤认定中的几个常见问题",
        date="2025-06-11",
        notes="law firm site: a consult float box with a lawyer's phone, a disclaimer, an author box; the article speaks of 复印/打印 evidence as content",
        page="""
<html><head><title>律所观点｜织网工人工伤认定中的几个常见问题 - 正衡律师事务所</title></head><body>
<div class="hd">⟦m 正衡律师事务所⟧ ⟦m 专业 · 诚信 · 高效⟧</div>
<div class="nav">⟦m 首页　律所简介　律师团队　业务领域　律所观点　联系我们⟧</div>
<div class="float">⟦w 免费法律咨询：139 0591 6678（方律师）⟧</div>
<h1>⟦t 律所观点｜织网工人工伤认定中的几个常见问题⟧</h1>
<div class="meta">⟦m 作者：方正阳律师　　2025-06-11　　阅读 426⟧</div>
{BODY}
<div class="author">⟦m 方正阳，正衡律师事务所合伙人，擅长劳动争议⟧</div>
<div class="dis">⟦d 本文仅为作者个人观点，不构成对任何具体案件的法律意见⟧</div>
<div class="ft">⟦m 地址：罟溪县滨河路188号金帆大厦9层⟧</div>
</body></html>
""",
        body="""
罟溪县织网企业较多，手指被织网机卷伤的事故时有发生，工伤认定中常见以下问题。
一是未签劳动合同能否认定工伤。只要能证明存在事实劳动关系，同样可以申请工伤认定。
二是超过申请期限怎么办。用人单位应在事故发生之日起三十日内申请，单位不申请的，职工本人可在一年内申请。
三是证据如何准备。建议及时复印病历，打印工资流水，保留工友的证人证言。
""",
    ),
    dict(
        slug="lawfirm-zihao-trademark-answer-text",
        site="紫毫明鉴律师事务所 (invented)",
        style="律所网站",
        genre="问答",
        kind="answer",
        form="text",
        source="http://www.mingjianls.example.com/anli/2025/108.html",
        title="毛笔作坊被诉商标侵权怎么办",
        record_title="以案说法 | 毛笔作坊被诉商标侵权怎么办",
        date=None,
        notes="no date: only a year in a sentence and a relative time; a law firm's answer with a case, a 'call us' contact prompt, a 'related cases' list",
        page="""
!m 明鉴律师事务所 · 知识产权团队
!t 以案说法 | 毛笔作坊被诉商标侵权怎么办
!m 来源：本所　｜　1周前
{BODY}
!w 遇到类似问题？拨打 0577-8861 2301，律师一对一解答
!l 相关案例：“紫毫”地理标志能否随便用？｜ 笔庄店招被投诉怎么处理
""",
        body="""
2024年，县里一家毛笔作坊在笔杆上刻了与某知名笔庄相近的字号，被诉商标侵权。
律师认为，作坊如能证明自己的字号使用在先且有一定影响，可以主张在先使用抗辩。
如确实构成侵权，作坊应立即停止使用，积极协商赔偿，避免损失扩大。
建议各制笔作坊及早注册自己的商标，规范使用“紫毫毛笔”地理标志。
""",
    ),
    dict(
        slug="community-zhongbu-clocktower-notice-html",
        site="钟埠镇老街社区 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://laojie.zhongbu.example.org.cn/notice/2025/0520.html",
        title="关于老钟楼恢复整点报时的温馨提示",
        record_title=None,
        date="2025-05-20",
        notes="no record title: the h2 heading; residents' site with a grid-worker's phone (kept) beside the community service line (chrome); a 'follow the community account' sentence kept",
        page="""
<html><head><title>老街社区</title></head><body>
<div class="hd">⟦m 钟埠镇老街社区居民委员会⟧ ⟦m 邻里守望　老街有情⟧</div>
<div class="nav">⟦m 社区首页 | 社区公告 | 便民服务 | 网格之窗⟧</div>
<h2>{T}</h2>
<div class="date">⟦m 发布：老街社区　2025年5月20日⟧</div>
{BODY}
<div class="svc">⟦m 社区服务电话：0737-6610036（工作日8:30-17:30）⟧</div>
<div class="share">⟦l 转发给邻居　　点赞⟧</div>
</body></html>
""",
        body="""
各位居民朋友：
经过两个多月的修缮，老钟楼机芯已修复，将于5月25日起恢复整点报时，报时时间为每天7时至21时。
报时声音经过调小，请周边居民不必担心夜间休息受影响。
如对报时有意见建议，可联系本网格员何姐，电话：135 7370 2218。
大家也可以关注老街社区公众号，及时了解钟楼开放参观的时间。
老街社区居民委员会
2025年5月20日
""",
    ),
    dict(
        slug="community-zhenyuan-oil-press-notice-text",
        site="榛垣镇东岭村 村务公开 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://cwgk.zhenyuan.example.cn/dongling/2025/11.html",
        title="关于花生油压榨厂试运行期间有关事项的公告",
        record_title="村务公开：关于花生油压榨厂试运行期间有关事项的公告",
        date="2025-11-02",
        notes="village affairs page: the 成文日期 in Chinese numerals; a 'page views' and 'last modified' stamp; a 村务监督 hotline footer; the announcement's own phone kept",
        page="""
!m 东岭村村务公开栏（网上版）
!m 栏目：村务公开 ／ 通知公告
!t 村务公开：关于花生油压榨厂试运行期间有关事项的公告
!m 最后修改：3小时前　浏览：88
{BODY}
!m 村务监督委员会监督电话：0536-4402190
!d 本栏目由榛垣镇人民政府统一建设维护
""",
        body="""
全体村民：
村集体花生油压榨厂自11月5日起试运行，现将有关事项公告如下。
一、试运行期间，村民自家花生可免费代榨，每户每次不超过二百斤。
二、代榨时间为每天上午8时至11时，请提前一天到村委会登记。
三、压榨厂周边严禁烟火，请勿带小孩进入车间。
咨询电话：0536-4402177（村委会）。
东岭村村民委员会
二〇二五年十一月二日
""",
    ),
    dict(
        slug="association-zhongbu-watch-minutes-html",
        site="钟埠县钟表维修行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://www.zbzbxh.example.org/xhdt/2025/0318.html",
        title="钟埠县钟表维修行业协会三届二次理事会纪要",
        record_title="协会动态｜钟埠县钟表维修行业协会三届二次理事会纪要",
        date="2025-03-18",
        date_also=["2025-03-15"],
        notes="association site: minutes with 时间/地点/主持/出席 lines and a vote count; 印发 date expected, the meeting date accepted; a 'join the association' button glued after a sentence",
        page="""
<html><head><title>协会动态｜钟埠县钟表维修行业协会三届二次理事会纪要</title></head><body>
<div class="hd">⟦m 钟埠县钟表维修行业协会⟧ ⟦m 以诚修表　以技立业⟧</div>
<div class="nv">⟦m 首页 · 协会简介 · 协会动态 · 会员名录 · 技术园地⟧</div>
<div class="crumb">⟦m 首页 &gt; 协会动态⟧</div>
<h1>⟦t 协会动态｜钟埠县钟表维修行业协会三届二次理事会纪要⟧</h1>
{BODY}
<div class="join">⟦a 申请入会　下载会员登记表⟧</div>
<div class="ft">⟦m 协会秘书处电话：0737-6652301⟧ ⟦m 地址：钟埠县钟楼街5号⟧</div>
</body></html>
""",
        body="""
时间：2025年3月15日
地点：协会会议室
主持：会长　蒋立昌
出席：理事十三人（应到十五人）
会议审议通过了《钟表维修服务收费指导标准》，表决结果：同意十二票，弃权一票。⟦a 【我要入会】⟧
会议决定，协会继续组织技师参与老钟楼维护，所需交通补贴由协会会费列支。
钟埠县钟表维修行业协会秘书处　2025年3月18日印发
""",
    ),
    dict(
        slug="association-zihao-brush-pledge-text",
        site="紫毫县毛笔行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="pledge",
        form="text",
        source="http://www.zhbx.example.org.cn/gg/2025/0306.html",
        title="毛笔行业诚信经营倡议书",
        record_title="【协会倡议】毛笔行业诚信经营倡议书",
        date="2025-03-06",
        notes="association pledge: sentences that speak of 扫码 traceability and 分享 as content; a 'members only' prompt between paragraphs; a footer with a WeChat id",
        page="""
!m 紫毫县毛笔行业协会　ZIHAO BRUSH ASSOCIATION
!t 【协会倡议】毛笔行业诚信经营倡议书
!m 发布日期：2025/03/06　浏览：512次
{BODY}
!w 协会秘书处微信：zhbx_mishuchu
!d 版权所有 紫毫县毛笔行业协会　未经书面许可不得转载
""",
        body="""
全县制笔企业和作坊：
为维护紫毫毛笔的良好声誉，协会向全体会员发出如下倡议。
一、如实标注毛笔的原料和含量，不以次充好，不以机制笔冒充手工笔。
⟦a 🔒 以下内容会员登录后可见全文（已为您免费展开）⟧
二、在每支笔的笔套上加贴追溯码，消费者扫码即可查看制作人和制作工序。
三、欢迎会员把好的经营经验分享给同行，共同维护行业秩序。
紫毫县毛笔行业协会
2025年3月6日
""",
    ),
    dict(
        slug="company-zhenyuan-oil-news-html",
        site="榛垣粮油有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.zyly.example.com/news/show-332.html",
        title="公司压榨车间通过食品生产许可现场核查",
        record_title="公司压榨车间通过食品生产许可现场核查-榛垣粮油",
        date="2025-09-18",
        notes="company site with a cookie bar, a product-hotline float (chrome) and an online shop link; a dotted company date (2025.09.18) as the page date",
        page="""
<html><head><title>公司压榨车间通过食品生产许可现场核查-榛垣粮油</title></head><body>
<div class="cookie">⟦d 本网站使用Cookie以改善您的浏览体验，继续浏览即表示同意⟧ ⟦a 我知道了⟧</div>
<div class="hd">⟦m 榛垣粮油⟧ ⟦m 一滴香油　满口乡愁⟧</div>
<div class="nav">⟦m 首页｜关于我们｜产品中心｜新闻动态｜联系我们⟧</div>
<h3>{T}</h3>
<p class="d">⟦m 2025.09.18⟧</p>
{BODY}
<div class="shop">⟦a 进入官方商城选购 ›⟧</div>
<div class="hot">⟦w 订购热线：400-600-3188⟧</div>
<div class="ft">⟦m Copyright © 2025 榛垣粮油有限公司 鲁ICP备20017733号⟧</div>
</body></html>
""",
        body="""
9月16日至17日，市市场监管局组成核查组，对公司花生油压榨车间进行食品生产许可现场核查。
核查组查看了原料仓库、压榨车间、灌装车间和检验室，查阅了生产记录和检验报告。
经核查，公司压榨车间符合食品生产许可条件，核查结论为通过。
""",
    ),
    dict(
        slug="company-guxi-net-recall-text",
        site="海丰网业有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.haifengwy.example.cn/gonggao/2025/0812.html",
        title="关于召回部分批次防鸟网的公告",
        record_title="关于召回部分批次防鸟网的公告_公司公告_海丰网业",
        date="2025-08-12",
        notes="company notice: a recall table of batches; the recall line (kept) beside the sales hotline (chrome); a language switch and a 'contact us' box",
        page="""
!a 中文 | EN
!m 海丰网业有限公司　罟溪县织网工业园
!m 首页 > 公司公告
{T}
{BODY}
!w 销售热线：0591-2288600　微信同号 186 5916 0033
!l 联系我们　在线留言　人才招聘
""",
        body="""
尊敬的客户：
我公司在质量抽检中发现，部分批次防鸟网的网线抗老化性能不达标，长期日晒后可能断裂。
批号　生产日期　数量（卷）
FN2505-03　2025年5月12日　320
FN2505-07　2025年5月20日　280
请购买上述批次产品的客户停止使用，我公司将免费更换。
召回专线：0591-2288621。
海丰网业有限公司
2025年8月12日
""",
    ),
    dict(
        slug="training-shunping-joinery-brochure-html",
        site="榫坪匠心木作培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="notice",
        form="html",
        source="https://www.jiangxinmz.example.com/zs/2025qiu.html",
        title="2025年秋季榫卯木作培训班招生简章",
        record_title="【火热报名中】2025年秋季榫卯木作培训班招生简章（包住宿）",
        date=None,
        notes="training school: a floating consult box, a trial-class link, a course table kept; the school's own 报名电话 kept beside a 400 line; no date (year only in the title, a 'published 4 days ago' line)",
        page="""
<html><head><title>【火热报名中】2025年秋季榫卯木作培训班招生简章（包住宿）</title></head><body>
<div class="hd">⟦m 榫坪匠心木作培训学校⟧ ⟦w 全国咨询热线：400-877-5120⟧</div>
<div class="nav">⟦m 首页 | 课程设置 | 师资力量 | 学员作品 | 报名咨询⟧</div>
<h1>⟦t 【火热报名中】2025年秋季榫卯木作培训班招生简章（包住宿）⟧</h1>
<div class="pt">⟦m 4天前　招生办⟧</div>
{BODY}
<div class="float">⟦w 在线咨询　QQ：2873301455⟧</div>
<div class="try">⟦a 免费预约试听课 →⟧</div>
<div class="ft">⟦d 最终解释权归本校所有⟧</div>
</body></html>
""",
        body="""
本校秋季开设榫卯木作培训班，面向零基础学员，学完可独立制作小型家具。
课程　课时　内容
基础班　60　工具使用、木材识别、基本榫卯
提高班　90　家具结构、燕尾榫、抱肩榫
培训期间学校统一安排住宿，学费含材料费。
报名电话：0774-3325016（招生办　韦老师）。
""",
    ),
    dict(
        slug="training-beitang-rubbing-class-text",
        site="碑塘墨香书画培训中心 (invented)",
        style="培训机构",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.moxiangsh.example.com/news/88.html",
        title="关于举办暑期碑拓体验班的通知",
        record_title="关于举办暑期碑拓体验班的通知",
        date="2025-06-25",
        notes="a training centre's notice: a 'limited places' banner and a WeChat group prompt (chrome) at the top and between paragraphs; the class's own contact kept; date under the signature",
        page="""
!m 墨香书画培训中心 — 让孩子爱上传统文化
!a 🔥名额有限，扫码进家长群抢位！
{T}
{BODY}
!a 在线报名　　课程表下载　　到校路线
!m 地址：碑塘市文庙街33号二楼
""",
        body="""
各位家长：
本中心联合县碑拓研究会举办暑期碑拓体验班，带孩子们学习传拓的基本方法。
一、时间：7月14日至7月18日，每天上午9时至11时。
⟦w 想了解更多书法课程，请添加课程顾问微信 moxiang_kf⟧
二、对象：8至14岁少年儿童，每期限二十人。
三、联系人：甘老师，电话：0831-5590263。
碑塘墨香书画培训中心
2025年6月25日
""",
    ),
]

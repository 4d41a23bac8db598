"""holdout124, part F: law firms, residents' sites, associations, company sites. Invented text."""

CASES = [
    dict(
        slug="lawfirm-hengzheng-lottery-retailers-lecture-html",
        site="恒正律师事务所 (invented)",
        style="律所网站",
        genre="讲稿",
        kind="speech",
        form="html",
        source="https://www.hengzheng-law.com/insights/2025/lottery-retail.html",
        title="彩票代销点经营中的法律风险防范——在全市体育彩票代销者培训会上的讲座",
        record_title="法律讲坛丨彩票代销点经营中的法律风险防范——在全市体育彩票代销者培训会上的讲座",
        date="2025-04-09",
        notes="law-firm lecture: the date under the title, speaker line neutral; consult box and lawyer card chrome",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>彩票代销点经营中的法律风险防范 - 恒正律师事务所</title></head><body>
<div class="brand">⟦m 恒正律师事务所　HENGZHENG LAW FIRM⟧</div>
<div class="nav">⟦m 律所简介 / 专业领域 / 律师团队 / 恒正观点 / 联系我们⟧</div>
<article><h1>{T}</h1>
<p>恒正律师事务所合伙人　邵明哲律师</p>
<p>（2025年4月9日）</p>
{BODY}
</article>
<div class="lawyer-card">⟦w 邵明哲律师｜执业证号1430120********｜预约咨询请致电 138****6612⟧</div>
<div class="consult">⟦w 免费法律咨询　留言后律师助理1小时内回电⟧</div>
<div class="foot">⟦d 本文仅为一般性法律信息，不构成对具体案件的法律意见。⟧<br>⟦m ©恒正律师事务所　湘ICP备18001207号⟧</div>
</body></html>
""",
        body="""
各位代销者朋友：
大家好！今天主要和大家聊聊彩票代销点经营中最容易踩的几个“坑”。
第一，严禁向未成年人销售彩票。这是法律的明确规定，不管孩子说是替家长买，都不能卖。
第二，严禁赊销和信用投注。有的代销者碍于熟人情面先出票后收钱，一旦对方不认账，损失只能自己承担，还违反了代销合同。
第三，严禁通过互联网、微信群代购彩票。一些代销点私下建群接单，这种行为已经涉嫌违法，情节严重的可能构成犯罪。
第四，妥善保管销售设备和票据，发生中奖纠纷时，出票记录和监控录像就是最有力的证据。
希望大家守法经营，让代销点成为放心店、诚信店。
""",
    ),
    dict(
        slug="lawfirm-jingxin-investor-letter-text",
        site="景信律师事务所 (invented)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="text",
        source="http://www.jingxinlaw.cn/news/show-2218.html",
        title="致中小投资者的一封公开信：警惕非法荐股诈骗",
        record_title="致中小投资者的一封公开信：警惕非法荐股诈骗 - 景信律所",
        date="2025-12-01",
        notes="law firm text page: signature date; 下载 an app and 扫码 in the letter kept; consult prompt chrome",
        page="""
!m 景信律师事务所｜证券与金融争议解决
!m 首页 · 景信动态 · 正文
{T}
!m 发布：景信律师事务所证券团队　　阅读 1208
{BODY}
!w 如您遭遇证券虚假陈述或荐股诈骗，可拨打咨询热线 400-836-1199 预约律师
!l 推荐阅读：证券虚假陈述责任纠纷诉讼指引｜投资者如何申请先行赔付
!d 版权声明：本文为景信律师事务所原创，转载请注明出处。
""",
        body="""
各位投资者朋友：
近期，我所证券团队接到多起投资者咨询，反映有人通过短视频平台、群聊等方式冒充证券公司人员荐股，诱导投资者下载所谓“内部交易软件”，最终造成资金损失。
在此提醒大家：正规证券公司不会通过个人社交账号推荐股票，更不会要求投资者将资金转入个人账户。
请大家只通过官方应用市场下载证券公司的交易软件，不要扫描陌生人发来的二维码，不要点击不明链接。
一旦发现被骗，请立即保存聊天记录和转账凭证，第一时间向公安机关报案。
景信律师事务所
2025年12月1日
""",
    ),
    dict(
        slug="community-yuelan-first-aid-training-html",
        site="悦澜社区服务网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.yuelan-sq.com/gonggao/2025/0415.html",
        title="关于开展红十字应急救护公益培训的通知",
        record_title="【社区公告】关于开展红十字应急救护公益培训的通知",
        date="2025-04-15",
        notes="residents' site: the community's own 报名电话 beside the property hotline; a join-volunteers button glued after a sentence",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于开展红十字应急救护公益培训的通知 - 悦澜社区</title></head><body>
<div class="bar">⟦m 悦澜社区　幸福邻里 温暖家园⟧</div>
<div class="nav">⟦m 社区首页｜通知公告｜邻里互助｜便民服务｜党群之家⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布人：社区居委会　2025-04-15　阅读 563⟧</div>
{BODY}
<div class="svc">⟦m 物业24小时服务热线：0755-8613 2200⟧</div>
<div class="foot">⟦m 悦澜社区居民委员会　社区工作站⟧</div>
</body></html>
""",
        body="""
各位居民朋友：
为提高居民自救互救能力，社区联合区红十字会开展应急救护公益培训，欢迎大家报名参加。
一、培训时间：4月26日（周六）上午9:00—12:00。
二、培训地点：社区党群服务中心二楼多功能厅。
三、培训内容：心肺复苏、AED使用、海姆立克急救法、常见外伤包扎。
四、报名方式：名额40人，报满即止，考核合格者可获得红十字救护员证。⟦a 【我要报名当志愿者】⟧
报名电话：0755-8613 5017（社区工作站 黎姐）。
悦澜社区居民委员会
2025年4月15日
""",
    ),
    dict(
        slug="community-sangyuan-mulberry-picking-text",
        site="桑园小区业主之家 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://sangyuan-home.example.cn/notice/77",
        title="关于小区桑葚采摘和桑树修剪安排的温馨提示",
        record_title=None,
        date="2025-05-09",
        notes="residents' page; no record title; date under the signature; chrome between paragraphs",
        page="""
!m 桑园小区业主之家　│　物业服务中心
{T}
!m 来源：物业服务中心　浏览：411次
{BODY}
!a 点赞　│　评论　│　转发到业主群
!l 最新公告：电梯年检停运通知　│　端午节游园活动报名
""",
        body="""
各位业主：
小区中心花园的18棵桑树已进入结果期，为让大家安全、文明地享受采摘乐趣，现将有关安排提示如下：
一、采摘时间为5月10日至5月25日每天7:00—19:00，请勿攀爬树干，高处果实可到物业服务中心借用采摘杆。
⟦l 👉 推荐：本月业主活动日程一览⟧
二、桑葚未经清洗请勿直接食用，采摘时请看护好孩子。
三、5月底采摘期结束后，物业将对桑树进行修剪，修剪期间请勿在树下停留。
桑园小区物业服务中心
2025年5月9日
""",
    ),
    dict(
        slug="assoc-piano-tuners-pledge-html",
        site="澧州市钢琴调律协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.lzpiano-assoc.org.cn/news/2025/09/1188.html",
        title="诚信调律 规范服务——致全市钢琴调律从业者的倡议书",
        record_title="[协会倡议] 诚信调律 规范服务——致全市钢琴调律从业者的倡议书",
        date="2025-09-12",
        notes="association page: a join-the-association button glued after a sentence; signature date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>诚信调律 规范服务——致全市钢琴调律从业者的倡议书 | 澧州市钢琴调律协会</title></head><body>
<div class="hd">⟦m 澧州市钢琴调律协会　Lizhou Piano Technicians Association⟧</div>
<div class="nv">⟦m 协会概况 · 新闻动态 · 会员风采 · 技能培训 · 入会指南⟧</div>
<h1>{T}</h1>
<div class="mt">⟦m 时间：2025-09-12　　来源：协会秘书处⟧</div>
{BODY}
<div class="qr">⟦a 扫一扫，关注协会服务号⟧</div>
<div class="ft">⟦m 澧州市钢琴调律协会　秘书处电话：0736-2217090　地址：澧州市文化路22号⟧</div>
</body></html>
""",
        body="""
全市钢琴调律从业者：
近年来，我市琴童数量快速增长，钢琴调律服务需求不断增加，但也出现了个别从业者夸大故障、虚高收费、无资质上门等问题。为维护行业形象，协会向全体从业者发出如下倡议：
一、持证上岗，不断提升调律、整调和修复技能。
二、明码标价，上门服务前向客户说明收费项目和标准，不擅自增加收费项目。
三、如实告知，对钢琴存在的问题实事求是地向客户说明，不夸大故障、不诱导更换配件。
四、加强自律，自觉接受客户和社会监督，欢迎尚未入会的同行加入协会。⟦a 【立即申请入会】⟧
澧州市钢琴调律协会
2025年9月12日
""",
    ),
    dict(
        slug="assoc-bakery-industry-report-text",
        site="湄江市焙烤食品行业协会 (invented)",
        style="行业协会",
        genre="调研报告",
        kind="report",
        form="text",
        source="http://www.mjbakery.org.cn/hydt/3317.html",
        title="2024年湄江市焙烤食品行业发展情况报告",
        record_title="【行业报告】2024年湄江市焙烤食品行业发展情况报告",
        date="2025-03-20",
        notes="association text page: data table; member-only download prompt between paragraphs; signature date",
        page="""
!m 湄江市焙烤食品行业协会 » 行业动态
{T}
!m 发布日期：2025-03-20　　作者：协会秘书处
{BODY}
!a 会员登录后可下载报告完整版（含附表）
!m 协会地址：湄江市工业大道319号　电话：0851-8623 5150
""",
        body="""
2024年，全市焙烤食品行业总体保持平稳增长，现将有关情况报告如下。
一、总体情况
指标　2023年　2024年
规模以上企业（家）　37　41
营业收入（亿元）　28.6　31.9
从业人员（人）　6120　6540
⟦a 🔒 以下部分为会员专享内容，开通会员查看全部分析图表⟧
二、主要特点：一是连锁烘焙门店加快扩张，全年新增门店210家；二是中式糕点和低糖产品增长较快；三是线上销售占比提高到23%。
三、存在问题：原料价格波动较大，部分小作坊食品安全管理薄弱，专业技术人才紧缺。
湄江市焙烤食品行业协会
2025年3月20日
""",
    ),
    dict(
        slug="company-mohan-printing-quality-notice-html",
        site="墨翰印务集团 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.mohanprint.com/news/company/2025/0618.html",
        title="墨翰印务关于部分批次教辅图书印装质量问题的处理公告",
        record_title="【公司公告】墨翰印务关于部分批次教辅图书印装质量问题的处理公告",
        date="2025-06-18",
        notes="company site: recalled batches table; the company's own 客服电话 in the body beside a 400 sales line",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>墨翰印务关于部分批次教辅图书印装质量问题的处理公告-墨翰印务集团</title></head><body>
<div class="top">⟦m 墨翰印务集团｜印精品 守匠心⟧　⟦m 业务洽谈热线：400-669-1880⟧</div>
<div class="nav">⟦m 首页 关于墨翰 产品中心 新闻资讯 社会责任 联系我们⟧</div>
<h1>{T}</h1>
<p class="time">⟦m 2025-06-18　墨翰印务集团⟧</p>
{BODY}
<div class="share">⟦l 分享到：⟧⟦l 微信 ｜ 微博⟧</div>
<div class="foot">⟦m Copyright © 墨翰印务集团有限公司　苏ICP备09017753号-1⟧</div>
</body></html>
""",
        body="""
近日，我公司在质量回访中发现，今年5月承印的部分批次教辅图书存在缺页、倒页等印装质量问题。对此，我们深表歉意，现将处理措施公告如下。
批次号　书名　印数
MH2505-118　《初中数学同步练习（八年级下）》　12000册
MH2505-131　《小学语文阅读训练（五年级）》　8000册
一、对上述批次图书，读者如发现印装质量问题，可到原购书处免费调换，也可直接寄回我公司调换，邮费由我公司承担。
二、我公司已对装订生产线进行全面检修，并增加一道成品抽检工序。
图书质量问题客服电话：0516-8302 6215。
墨翰印务集团有限公司
2025年6月18日
""",
    ),
    dict(
        slug="company-caoyuan-beef-cattle-notice-text",
        site="草原红肉牛产业公司 (invented)",
        style="企业官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.cyhbeef.com/news/show/902.html",
        title="关于2025年肉牛托养回收价格调整的通知",
        record_title="关于2025年肉牛托养回收价格调整的通知_草原红",
        date="2025-02-26",
        notes="company text page: price table; the company's own contact beside the site's service line",
        page="""
!m 草原红肉牛　从牧场到餐桌
!m 首页 ＞ 新闻中心 ＞ 公司通知
{T}
!m 发布时间：2025-02-26　｜　浏览：1036
{BODY}
!l 上一篇：草原红公司与23个嘎查签订托养合作协议
!l 下一篇：冬春季肉牛防疫技术要点
!m 服务热线：400-113-5288　地址：锡伦县经济开发区牧业大道6号
""",
        body="""
各托养合作户：
根据近期活牛市场行情和饲料成本变化，经公司研究，自2025年3月1日起调整肉牛托养回收价格，具体如下：
等级　体重要求　回收价（元/公斤）
一级　650公斤以上　27.6
二级　550—650公斤　26.8
三级　550公斤以下　25.9
托养户对称重和定级结果有异议的，可在回收当日提出复核。
联系人：巴特尔，电话：0479-6251308。
草原红肉牛产业有限公司
2025年2月26日
""",
    ),
]
